/**
 * Household registration item change and correction: taking applications at the counter, numbering,
 * the approval chain, the register change and the push to the departments.
 */
package cn.yicibang.ejb.household;
