package cn.yicibang.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRElementGroup;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JRCompiler;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.util.JRElementsVisitor;
import net.sf.jasperreports.engine.util.UniformElementVisitor;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Compiles every {@code .jrxml} below a source folder into a {@code .jasper} file at the same
 * relative path below an output folder. Run by exec-maven-plugin in the {@code process-classes}
 * phase: {@code TemplateCompiler <source dir> <output dir>}.
 *
 * <p>Besides compiling, it enforces the two template rules that a review easily misses: every text
 * element names {@value #FORM_FONT} itself (the only font with Chinese glyphs that the PDFs embed),
 * and there is no static text (labels come from the form's resource bundle). All templates are
 * checked before failing, so one build shows every broken template.
 *
 * <p>It fails by throwing, never by {@code System.exit}: exec:java runs inside the Maven JVM.
 */
public final class TemplateCompiler {

  static final String FORM_FONT = "Noto Sans SC";

  /**
   * JDT is named explicitly so that a missing jasperreports-jdt fails instead of falling back to
   * javac.
   */
  private static final String JDT_COMPILER = "net.sf.jasperreports.jdt.JRJdtCompiler";

  private final SimpleJasperReportsContext context;

  TemplateCompiler() {
    context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    context.setProperty(JRCompiler.COMPILER_PREFIX + "java", JDT_COMPILER);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TemplateCompiler <source dir> <output dir>");
    }
    Path sources = Path.of(args[0]);
    Path output = Path.of(args[1]);
    List<String> problems = new TemplateCompiler().compileAll(sources, output);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          problems.size() + " report template problem(s):\n  " + String.join("\n  ", problems));
    }
  }

  List<String> compileAll(Path sources, Path output) throws IOException {
    List<Path> templates;
    try (Stream<Path> files = Files.walk(sources)) {
      templates = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
    }
    if (templates.isEmpty()) {
      return List.of("no .jrxml templates found under " + sources);
    }
    List<String> problems = new ArrayList<>();
    for (Path template : templates) {
      String relative = sources.relativize(template).toString();
      Path target = output.resolve(relative.replaceFirst("\\.jrxml$", ".jasper"));
      try {
        JasperDesign design = JRXmlLoader.load(context, template.toFile());
        List<String> ruleViolations = checkRules(design);
        if (ruleViolations.isEmpty()) {
          Files.createDirectories(target.getParent());
          JasperCompileManager.getInstance(context).compileToFile(design, target.toString());
          System.out.println("[report templates] " + relative + " -> " + target);
        } else {
          ruleViolations.forEach(v -> problems.add(relative + ": " + v));
        }
      } catch (JRException | RuntimeException e) {
        problems.add(relative + ": " + describe(e));
      }
    }
    return problems;
  }

  private static List<String> checkRules(JasperDesign design) {
    List<String> violations = new ArrayList<>();
    JRElementsVisitor.visitReport(
        design,
        new UniformElementVisitor() {
          @Override
          public void visitElementGroup(JRElementGroup group) {
            // a group only holds elements; they are visited on their own
          }

          @Override
          protected void visitElement(JRElement element) {
            if (element instanceof JRStaticText text) {
              violations.add(
                  locate(element)
                      + " is static text \""
                      + text.getText()
                      + "\"; take labels from the bundle with $R{key}");
            }
            if (element instanceof JRTextElement textElement
                && !FORM_FONT.equals(textElement.getOwnFontName())) {
              violations.add(locate(element) + " must set fontName=\"" + FORM_FONT + "\"");
            }
          }
        });
    return violations;
  }

  private static String locate(JRElement element) {
    String location =
        element.getClass().getSimpleName() + " at x=" + element.getX() + ", y=" + element.getY();
    if (element instanceof JRTextField field && field.getExpression() != null) {
      location += " (" + field.getExpression().getText() + ")";
    }
    return location;
  }

  /** The useful part (the XML parser's or expression compiler's message) may sit in a cause. */
  private static String describe(Throwable e) {
    StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
        message.append(" <- ").append(cause.getMessage());
      }
    }
    return message.toString().strip();
  }
}
