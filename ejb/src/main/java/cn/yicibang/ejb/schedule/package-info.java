/**
 * Periodic work in a cluster: every node ticks, and the node that claims a job's period in the
 * database runs it; the others skip that period.
 */
package cn.yicibang.ejb.schedule;
