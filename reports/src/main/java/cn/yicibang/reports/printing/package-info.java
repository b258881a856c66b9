/**
 * Printing official forms as PDF: which forms exist ({@link OfficialForm}), what a caller fills in
 * ({@link FormData}) and the renderer ({@link FormRenderer}).
 *
 * <p>The rule that shapes this package: a printed register extract never silently loses a
 * character. A character the embedded font lacks vanishes from a JasperReports PDF without any
 * error, and real names contain rare characters, so {@link GlyphCoverage} checks every value first
 * and the renderer refuses with {@link UnprintableCharactersException}; text that the layout cuts
 * off is refused too.
 *
 * <p>Plain Java on purpose (no Jakarta EE types), so services, timers and tests use it alike.
 */
package cn.yicibang.reports.printing;
