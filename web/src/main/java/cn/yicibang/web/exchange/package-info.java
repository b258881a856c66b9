/** The department exchange: the department's work list and acknowledgement, reconciliation. */
package cn.yicibang.web.exchange;
