/**
 * The resident register: persons, households, identity numbers and the history of every item
 * change.
 */
package cn.yicibang.domain.registry;
