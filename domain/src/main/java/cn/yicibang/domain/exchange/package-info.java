/**
 * The department exchange: notifications written to an outbox in the same transaction as the change
 * they announce, delivered to each department's endpoint (signed, retried, idempotent) or worked
 * from the department's list, and acknowledged.
 */
package cn.yicibang.domain.exchange;
