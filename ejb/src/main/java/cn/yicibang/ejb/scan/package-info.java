/**
 * Finding anything by the number printed on it: one field in every page's header takes what a clerk
 * types or a counter scanner reads off a paper (a receipt's code, a form's verification reference,
 * an identity number) and opens what it names, within the caller's rights.
 */
package cn.yicibang.ejb.scan;
