package cn.yicibang.ejb.printing;

import cn.yicibang.reports.printing.FormData;
import cn.yicibang.reports.printing.FormRenderer;
import cn.yicibang.reports.printing.OfficialForm;
import cn.yicibang.reports.printing.UnprintableCharactersException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one rendering engine of the application. Compiled templates and the font are loaded and every
 * form rendered once when the application starts, so the first clerk of the day does not wait: in
 * the background, so that start-up does not wait either (a form printed in those two seconds
 * renders as it would have anyway). The renderer is thread-safe, so calls are not serialised.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FormEngine {

  private static final Logger LOG = Logger.getLogger(FormEngine.class.getName());

  private final FormRenderer renderer = new FormRenderer();

  @Resource private ManagedExecutorService executor;

  @PostConstruct
  void warmUp() {
    executor.execute(
        () -> {
          long start = System.nanoTime();
          try {
            renderer.warmUp();
            LOG.info(
                () ->
                    "Form templates warmed up in "
                        + (System.nanoTime() - start) / 1_000_000
                        + " ms");
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Form templates could not be warmed up", e);
          }
        });
  }

  /** The form as a spreadsheet; see {@link FormRenderer#renderXlsx}. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public byte[] renderXlsx(OfficialForm form, FormData data, Locale locale) {
    return renderer.renderXlsx(form, data, locale);
  }

  /**
   * Renders a form. Runs outside any transaction: it touches no database, and a refusal must not
   * mark the caller's transaction for rollback.
   *
   * @throws UnprintableFormException when the font cannot draw a character of the data
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public byte[] renderPdf(OfficialForm form, FormData data, Locale locale) {
    try {
      return renderer.renderPdf(form, data, locale);
    } catch (UnprintableCharactersException e) {
      // an application exception crosses the EJB boundary as itself, not wrapped
      throw new UnprintableFormException(e.missing());
    }
  }
}
