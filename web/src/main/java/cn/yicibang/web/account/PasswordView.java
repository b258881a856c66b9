package cn.yicibang.web.account;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.security.PasswordPolicy;
import cn.yicibang.domain.security.WeakPasswordException;
import cn.yicibang.ejb.security.Accounts;
import cn.yicibang.web.i18n.Messages;
import cn.yicibang.web.security.AccountStamps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Locale;

/** The page where users change their own password, under the password policy. */
@Named
@RequestScoped
public class PasswordView {

  private String current;
  private String replacement;
  private String repeated;

  @Inject private Accounts accounts;

  @Inject private AccountStamps stamps;

  public void change() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    try {
      if (current == null || replacement == null || !replacement.equals(repeated)) {
        message(faces, FacesMessage.SEVERITY_ERROR, Messages.format(locale, "password.mismatch"));
        return;
      }
      char[] old = current.toCharArray();
      char[] next = replacement.toCharArray();
      try {
        accounts.changePassword(old, next);
        stamps.changedOwnPassword(
            faces.getExternalContext().getRemoteUser(),
            (HttpSession) faces.getExternalContext().getSession(true));
      } finally {
        Arrays.fill(old, '\0');
        Arrays.fill(next, '\0');
      }
      message(faces, FacesMessage.SEVERITY_INFO, Messages.format(locale, "password.changed"));
    } catch (WeakPasswordException e) {
      for (String rule : e.broken()) {
        message(
            faces,
            FacesMessage.SEVERITY_ERROR,
            Messages.format(locale, rule, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
      }
    } catch (BusinessException e) {
      message(faces, FacesMessage.SEVERITY_ERROR, Messages.format(locale, e.messageKey()));
    } finally {
      current = null;
      replacement = null;
      repeated = null;
    }
  }

  private static void message(FacesContext faces, FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getReplacement() {
    return replacement;
  }

  public void setReplacement(String replacement) {
    this.replacement = replacement;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
