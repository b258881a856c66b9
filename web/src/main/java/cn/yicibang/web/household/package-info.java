/** Household change and correction: counter pages, approval pages and the REST resource. */
package cn.yicibang.web.household;
