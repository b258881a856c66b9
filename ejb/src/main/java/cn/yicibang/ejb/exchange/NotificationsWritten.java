package cn.yicibang.ejb.exchange;

/**
 * Fired when notifications were written in a transaction; observed after it commits, so that they
 * are sent at once instead of at the next round of the schedule.
 */
public record NotificationsWritten(int count) {}
