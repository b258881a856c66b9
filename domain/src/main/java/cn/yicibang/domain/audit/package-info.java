/** The append-only audit log. */
package cn.yicibang.domain.audit;
