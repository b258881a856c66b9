/** Register lookup: the lookup page and the persons REST resource. */
package cn.yicibang.web.registry;
