/**
 * Lists read a page at a time: what every work list (cases, notifications, tasks) answers, so that
 * no list has a cap and none loads more than a screen holds.
 */
package cn.yicibang.ejb.lists;
