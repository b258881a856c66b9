package cn.yicibang.ejb.printing;

import cn.yicibang.reports.printing.FormData;
import cn.yicibang.reports.printing.FormRenderer;
import cn.yicibang.reports.printing.OfficialForm;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The one rendering engine of the application. Compiled templates and the font are loaded and
 * every form rendered once at deployment, so the first clerk of the day does not wait.
 * The renderer is thread-safe, so calls are not serialised.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FormEngine {

  private static final Logger LOG = Logger.getLogger(FormEngine.class.getName());

  private FormRenderer renderer;

  @PostConstruct
  void warmUp() {
    long start = System.nanoTime();
    renderer = new FormRenderer();
    renderer.warmUp();
    LOG.info(() -> "Form templates warmed up in " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }

  public byte[] renderPdf(OfficialForm form, FormData data, Locale locale) {
    return renderer.renderPdf(form, data, locale);
  }
}
