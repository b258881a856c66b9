/**
 * Household registration item change and correction (户口登记项目变更更正): the item catalogue with its
 * rules, applications, their approval through the chain, and follow-on duties.
 */
package cn.yicibang.domain.household;
