package cn.yicibang.reports.printing;

import cn.yicibang.reports.barcode.Barcodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.renderers.Renderable;

/**
 * Renders official forms as PDF. Thread-safe: one instance serves the whole application. Each
 * compiled template is loaded once and cached; a fill and an export are independent per call.
 *
 * <p>It refuses rather than print a form that loses a character: characters the font lacks are
 * reported before rendering ({@link UnprintableCharactersException}), and text that the layout
 * still cut off is reported after filling ({@link IllegalStateException}).
 */
public final class FormRenderer {

  /**
   * Labels fall back to the official language, never to whatever the server's default locale is.
   */
  private static final Locale OFFICIAL_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

  private static final ResourceBundle.Control LABELS =
      new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
          return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
          return OFFICIAL_LANGUAGE.equals(locale) ? null : OFFICIAL_LANGUAGE;
        }
      };

  /** Sample values for warm-up; Chinese so that the font's CJK tables are loaded too. */
  private static final String SAMPLE_TEXT = "示例 Sample 0123";

  private static final String SAMPLE_CODE = "WARM-UP-0123";

  /**
   * A field or parameter property naming, separated by spaces, the only values its column or
   * parameter may hold: it holds a key the template looks labels up by (as in {@code str("section."
   * + $F{groupKey})}), not text to print. Any other value is refused before filling, as a misspelt
   * parameter is.
   */
  static final String KEY_VALUES_PROPERTY = "cn.yicibang.reports.key.values";

  private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
  private final Map<OfficialForm, Template> templates = new ConcurrentHashMap<>();

  public FormRenderer() {}

  /**
   * Loads every template and renders each once with sample data, so that class loading, font
   * parsing and the first-fill overhead (about a second in a fresh JVM) happen at deployment and
   * not in front of a citizen. The sample fills every parameter the template declares, and each
   * column with sample text or, for a key column, with its first key.
   */
  public void warmUp() {
    for (OfficialForm form : OfficialForm.values()) {
      Template template = template(form);
      FormData sample = FormData.create();
      template.parameters.forEach(
          (name, type) -> {
            if (Renderable.class.isAssignableFrom(type)) {
              sample.qrCode(name, SAMPLE_CODE);
            } else if (template.keyParameters.containsKey(name)) {
              sample.field(name, template.keyParameters.get(name).get(0));
            } else {
              sample.field(name, SAMPLE_TEXT);
            }
          });
      Map<String, String> row = new LinkedHashMap<>();
      template.fields.forEach(
          field -> {
            List<String> keys = template.keyColumns.get(field);
            row.put(field, keys == null ? SAMPLE_TEXT : keys.get(0));
          });
      sample.rows(List.of(row));
      renderPdf(form, sample, OFFICIAL_LANGUAGE);
    }
  }

  /**
   * The form as a PDF with the Noto Sans SC font embedded (subset).
   *
   * @param locale the language of the labels; values print as given
   * @throws UnprintableCharactersException if a value has a character the font cannot print
   * @throws IllegalArgumentException if the data names a parameter or column the template does not
   *     have, leaves a template parameter unset, holds a barcode that cannot be encoded, or has a
   *     row whose key column (see {@link #KEY_VALUES_PROPERTY}) holds none of the template's keys
   * @throws IllegalStateException if the template cannot be loaded or filled, or a value does not
   *     fit its place on the form
   */
  public byte[] renderPdf(OfficialForm form, FormData data, Locale locale) {
    Objects.requireNonNull(data, "data");
    List<MissingGlyph> missing = GlyphCoverage.notoSansSc().check(data);
    if (!missing.isEmpty()) {
      throw new UnprintableCharactersException(missing);
    }
    return filled(
        form,
        data,
        locale,
        print -> {
          requireNothingCut(form, print);
          return exportPdf(print);
        });
  }

  /**
   * The form as a spreadsheet (Office Open XML): the same filled report as {@link #renderPdf}, one
   * sheet, numbers as numbers. For reports people go on to count with.
   */
  public byte[] renderXlsx(OfficialForm form, FormData data, Locale locale) {
    return filled(
        form,
        data,
        locale,
        print -> {
          ByteArrayOutputStream xlsx = new ByteArrayOutputStream(32 * 1024);
          net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter exporter =
              new net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter(context);
          exporter.setExporterInput(new SimpleExporterInput(print));
          exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(xlsx));
          net.sf.jasperreports.export.SimpleXlsxReportConfiguration configuration =
              new net.sf.jasperreports.export.SimpleXlsxReportConfiguration();
          configuration.setOnePagePerSheet(false);
          configuration.setDetectCellType(true);
          configuration.setRemoveEmptySpaceBetweenRows(true);
          configuration.setRemoveEmptySpaceBetweenColumns(true);
          configuration.setWhitePageBackground(false);
          configuration.setSheetNames(new String[] {form.templateName()});
          exporter.setConfiguration(configuration);
          exporter.exportReport();
          return xlsx.toByteArray();
        });
  }

  /** Fills the compiled template with the data and the labels of the locale, then exports it. */
  private byte[] filled(OfficialForm form, FormData data, Locale locale, JasperExport export) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(locale, "locale");
    Template template = template(form);
    Map<String, Object> parameters = template.parameterValues(data);
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(
        JRParameter.REPORT_RESOURCE_BUNDLE,
        ResourceBundle.getBundle(form.bundleBaseName(), locale, classLoader(), LABELS));
    return onFormClassLoader(
        () ->
            export.export(
                JasperFillManager.getInstance(context)
                    .fill(
                        template.report,
                        parameters,
                        new JRMapCollectionDataSource(new ArrayList<>(data.rows())))));
  }

  @FunctionalInterface
  private interface JasperExport {
    byte[] export(JasperPrint print) throws JRException;
  }

  private Template template(OfficialForm form) {
    return templates.computeIfAbsent(form, this::load);
  }

  private Template load(OfficialForm form) {
    String location = form.compiledTemplate();
    try (InputStream in = classLoader().getResourceAsStream(location)) {
      if (in == null) {
        throw new IllegalStateException(
            location + " is not on the class path; was the module built with Maven?");
      }
      JasperReport report =
          onFormClassLoader(() -> (JasperReport) JRLoader.loadObject(context, in));
      if (!form.bundleBaseName().equals(report.getResourceBundle())) {
        throw new IllegalStateException(
            location
                + " uses bundle "
                + report.getResourceBundle()
                + ", not "
                + form.bundleBaseName());
      }
      return new Template(report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
  }

  private byte[] exportPdf(JasperPrint print) throws JRException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    JRPdfExporter exporter = new JRPdfExporter(context);
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setCompressed(true);
    exporter.setConfiguration(configuration);
    exporter.exportReport();
    return pdf.toByteArray();
  }

  /**
   * The templates keep the full text of every element (net.sf.jasperreports.print.keep.full.text),
   * so a cut is visible as a truncate index. Scaled-font cells and stretching rows should never
   * cut; if one does, the form would silently lose characters.
   */
  private static void requireNothingCut(OfficialForm form, JasperPrint print) {
    List<String> cut = new ArrayList<>();
    for (JRPrintPage page : print.getPages()) {
      collectCut(page.getElements(), cut);
    }
    if (!cut.isEmpty()) {
      throw new IllegalStateException(form + ": text does not fit on the form: " + cut);
    }
  }

  private static void collectCut(List<JRPrintElement> elements, List<String> cut) {
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintFrame frame) {
        collectCut(frame.getElements(), cut);
      } else if (element instanceof JRPrintText text && text.getTextTruncateIndex() != null) {
        // position and length only: the text itself is personal data and would end up in logs
        cut.add(
            String.format(
                "%d of %d characters fit at x=%d, y=%d",
                text.getTextTruncateIndex(),
                text.getFullText().length(),
                text.getX(),
                text.getY()));
      }
    }
  }

  /**
   * JasperReports looks for its extensions (our font) on its own class loader and on the thread's
   * context class loader, and caches them per context class loader. When this jar and the
   * JasperReports jars sit on different loaders and the calling thread's context class loader sees
   * only the latter (a server pool thread), the font is not found: JRFontNotFoundException, as
   * reproduced by FormRendererTest. Pinning the context class loader to this module's loader for
   * the call makes the font resolvable in that deployment too.
   */
  private static <T> T onFormClassLoader(JasperWork<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(classLoader());
    try {
      return work.run();
    } catch (JRException e) {
      throw new IllegalStateException("JasperReports failed: " + e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static ClassLoader classLoader() {
    return FormRenderer.class.getClassLoader();
  }

  @FunctionalInterface
  private interface JasperWork<T> {
    T run() throws JRException;
  }

  /** A compiled template with what callers may set: its parameters (name to type) and fields. */
  private static final class Template {
    final JasperReport report;
    final Map<String, Class<?>> parameters;
    final Set<String> fields;

    /** Key columns, each with the keys it may hold, in the template's order. */
    final Map<String, List<String>> keyColumns;

    /** Key parameters, each with the keys it may hold. */
    final Map<String, List<String>> keyParameters;

    Template(JasperReport report) {
      this.report = report;
      this.parameters =
          Arrays.stream(report.getParameters())
              .filter(p -> !p.isSystemDefined())
              .collect(
                  Collectors.toMap(
                      JRParameter::getName,
                      JRParameter::getValueClass,
                      (a, b) -> a,
                      LinkedHashMap::new));
      this.fields =
          report.getFields() == null
              ? Set.of()
              : Arrays.stream(report.getFields()).map(JRField::getName).collect(Collectors.toSet());
      this.keyParameters = new LinkedHashMap<>();
      for (JRParameter parameter : report.getParameters()) {
        String keys =
            parameter.hasProperties()
                ? parameter.getPropertiesMap().getProperty(KEY_VALUES_PROPERTY)
                : null;
        if (keys != null && !keys.isBlank()) {
          keyParameters.put(parameter.getName(), List.of(keys.strip().split("\\s+")));
        }
      }
      this.keyColumns = new LinkedHashMap<>();
      if (report.getFields() != null) {
        for (JRField field : report.getFields()) {
          String keys =
              field.hasProperties()
                  ? field.getPropertiesMap().getProperty(KEY_VALUES_PROPERTY)
                  : null;
          if (keys != null && !keys.isBlank()) {
            keyColumns.put(field.getName(), List.of(keys.strip().split("\\s+")));
          }
        }
      }
    }

    /** The caller's values as fill parameters, refusing keys that do not match the template. */
    Map<String, Object> parameterValues(FormData data) {
      Map<String, Object> values = new HashMap<>(data.fields());
      data.qrCodes().forEach((key, content) -> values.put(key, Barcodes.qrCode(content)));
      data.code128s().forEach((key, content) -> values.put(key, Barcodes.code128(content)));

      List<String> problems = new ArrayList<>();
      Set<String> unknown = new TreeSet<>(values.keySet());
      unknown.removeAll(parameters.keySet());
      if (!unknown.isEmpty()) {
        problems.add("unknown parameters " + unknown);
      }
      Set<String> unset = new TreeSet<>(parameters.keySet());
      unset.removeAll(values.keySet());
      if (!unset.isEmpty()) {
        problems.add("parameters not set " + unset);
      }
      parameters.forEach(
          (name, type) -> {
            Object value = values.get(name);
            if (value != null && !type.isInstance(value)) {
              problems.add("parameter " + name + " takes a " + type.getSimpleName());
            }
          });
      keyParameters.forEach(
          (name, keys) -> {
            if (values.containsKey(name) && !keys.contains(values.get(name))) {
              problems.add("parameter " + name + " is not one of " + keys);
            }
          });
      Set<String> unknownColumns = new TreeSet<>();
      data.rows().forEach(row -> unknownColumns.addAll(row.keySet()));
      unknownColumns.removeAll(fields);
      if (!unknownColumns.isEmpty()) {
        problems.add("unknown row columns " + unknownColumns);
      }
      List<Map<String, String>> rows = data.rows();
      for (int index = 0; index < rows.size(); index++) {
        Map<String, String> row = rows.get(index);
        int rowIndex = index;
        // the row index and the column only: a value in the wrong column may be personal data
        keyColumns.forEach(
            (column, keys) -> {
              if (!keys.contains(row.get(column))) {
                problems.add("row " + rowIndex + " column " + column + " is not one of " + keys);
              }
            });
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(report.getName() + ": " + String.join("; ", problems));
      }
      return values;
    }
  }
}
