/** Writing the append-only audit log. */
package cn.yicibang.ejb.audit;
