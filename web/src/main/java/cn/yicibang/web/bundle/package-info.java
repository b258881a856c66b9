/**
 * One-stop bundles on the web: the hall's picker, intake wizard, submissions and detail pages, the
 * departments' task list, the supervisor's overdue view, the catalogue administration, the public
 * status page, and the REST resources for hall automation and department systems.
 */
package cn.yicibang.web.bundle;
