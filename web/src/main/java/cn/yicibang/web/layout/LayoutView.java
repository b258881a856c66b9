package cn.yicibang.web.layout;

import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import cn.yicibang.web.i18n.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/**
 * The layout template's bean: the user's language (Chinese unless they switch), who is logged in
 * and where, and logging out. Session scoped because the choice of language and the login outlive
 * one page.
 */
@Named("layout")
@SessionScoped
public class LayoutView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;
  private String displayName;
  private String organisationName;
  private final String clockToken = java.util.UUID.randomUUID().toString();

  @Inject private Callers callers;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /** Switches the language and shows the same page again. */
  public void switchTo(String language) {
    locale = Messages.supported(Locale.forLanguageTag(language));
    organisationName = null;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }

  /** True on an error page, which a form cannot post back to (it lives under WEB-INF). */
  public boolean isErrorPage() {
    var root = FacesContext.getCurrentInstance().getViewRoot();
    return root != null && root.getViewId() != null && root.getViewId().startsWith("/WEB-INF/");
  }

  /**
   * The language a link asks for ({@code ?lang=en}), as the home page is opened from an error page.
   */
  public void switchToRequested() {
    String lang =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("lang");
    if (lang != null && !lang.isBlank()) {
      switchTo(lang);
    }
  }

  public boolean isLoggedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  public String getDisplayName() {
    loadCaller();
    return displayName;
  }

  public String getOrganisationName() {
    loadCaller();
    return organisationName;
  }

  /**
   * A random token of this login, which the browser's session clock shares among the login's tabs:
   * a tab that finds another one has outlived its login (logged out, or someone else logged in).
   * The session, and with it this bean, is new after every logout.
   */
  public String getClockToken() {
    return clockToken;
  }

  /** How long this session may stay idle before the server ends it, in seconds. */
  public int getSessionLimitSeconds() {
    return FacesContext.getCurrentInstance().getExternalContext().getSessionMaxInactiveInterval();
  }

  public boolean hasRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  /** The message-bundle word for an enum value, e.g. 男 for Sex.MALE. */
  public String label(Enum<?> value) {
    return value == null
        ? ""
        : Messages.format(
            locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * A register value in words: the enum-valued items (sex, status, relation to the head …)
   * translated, the others as stored.
   */
  public String itemValue(cn.yicibang.domain.registry.RegisterItem item, String value) {
    return cn.yicibang.ejb.printing.FormLabels.of(locale).itemValue(item, value);
  }

  /** Words of a list joined as the language lists them (、 in Chinese). */
  public String join(java.util.Collection<?> words) {
    return words == null
        ? ""
        : String.join(
            Messages.format(locale, "list.separator"),
            words.stream().map(String::valueOf).toList());
  }

  /** A day in the user's date format. */
  public String day(java.time.LocalDate day) {
    return day == null
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern(
                Messages.format(locale, "format.date"), locale)
            .format(day);
  }

  /** A moment as the district's clock shows it, in the user's date format. */
  public String when(java.time.Instant at) {
    return at == null
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern(
                Messages.format(locale, "format.datetime"), locale)
            .format(at.atZone(cn.yicibang.ejb.printing.FormPrinting.DISTRICT_ZONE));
  }

  private void loadCaller() {
    if (organisationName == null && isLoggedIn()) {
      Caller caller = callers.current();
      displayName = caller.displayName();
      organisationName = caller.organisation().name(locale);
    }
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }
}
