/**
 * The department exchange: the outbox, the dispatcher that delivers signed notifications with
 * retries, acknowledgements, department work lists and reconciliation.
 */
package cn.yicibang.ejb.exchange;
