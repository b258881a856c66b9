/**
 * One-stop bundles in the service hall: the catalogue and its administration, intake (eligibility,
 * one-time notification, one form, submission), the fan-out of department tasks through the
 * exchange, the departments' task actions, tracking, overdue supervision, the printed forms and the
 * public status.
 */
package cn.yicibang.ejb.bundle;
