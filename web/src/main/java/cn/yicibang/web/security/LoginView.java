package cn.yicibang.web.security;

import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The login page. Hands the credential to {@link YicibangAuthentication}. */
@Named
@RequestScoped
public class LoginView {

  private String username;
  private String password;

  @Inject private SecurityContext securityContext;

  @Inject private AuditLog audit;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      error(faces, "login.required");
      return;
    }
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(username.strip(), new Password(password)))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS -> {
        audit.recordAlone(
            username.strip(), null, AuditAction.LOGIN, "User", username.strip(), null);
        HttpSession session = request.getSession();
        Object returnTo = session.getAttribute(YicibangAuthentication.RETURN_TO);
        session.removeAttribute(YicibangAuthentication.RETURN_TO);
        external.redirect(
            returnTo instanceof String s ? s : external.getRequestContextPath() + "/index.xhtml");
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        Object until = request.getAttribute(YicibangAuthentication.LOCKED_UNTIL);
        audit.recordAlone(
            username.strip(),
            null,
            AuditAction.LOGIN_FAILED,
            "User",
            username.strip(),
            until == null ? null : "locked until " + until);
        if (until instanceof Instant lockEnd) {
          error(faces, "login.locked", clock(lockEnd, faces.getViewRoot().getLocale()));
        } else {
          error(faces, "login.failed");
        }
      }
    }
  }

  /** Tells, once, why the session was ended (the account's password was changed elsewhere). */
  public void notice() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getExternalContext().getSession(false) instanceof HttpSession session
        && session.getAttribute(YicibangAuthentication.NOTICE) instanceof String key) {
      session.removeAttribute(YicibangAuthentication.NOTICE);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN,
              Messages.format(faces.getViewRoot().getLocale(), key),
              null));
    }
  }

  private static void error(FacesContext faces, String key, Object... arguments) {
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            Messages.format(faces.getViewRoot().getLocale(), key, arguments),
            null));
  }

  /** The local time of day a lock ends, as the login message and the API's problem say it. */
  static String clock(Instant instant, Locale locale) {
    return DateTimeFormatter.ofPattern("HH:mm", locale)
        .format(instant.plusSeconds(59).atZone(ZoneId.systemDefault()));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** Shown under the form only when the demo data is loaded. */
  public boolean isDemo() {
    return cn.yicibang.ejb.config.Setting.DEMO.enabled();
  }
}
