/** Feeding the audit log with what only the web tier knows. */
package cn.yicibang.web.audit;
