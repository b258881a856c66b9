/**
 * Build-time tooling: turns the JRXML templates under {@code src/main/jasperreports} into the
 * {@code .jasper} files that ship in the jar.
 *
 * <p>Templates are compiled once at build time because compiling JRXML per request cost a third to
 * a half of the rendering throughput; a template that does not compile therefore breaks the build
 * instead of the first print at the counter. Nothing here runs inside the application.
 */
package cn.yicibang.reports.build;
