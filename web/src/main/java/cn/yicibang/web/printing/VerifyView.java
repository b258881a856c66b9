package cn.yicibang.web.printing;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.ejb.printing.FormVerification;
import cn.yicibang.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;

/**
 * public/verify.xhtml: where a printed form's QR code leads, no login. Says which form, which
 * organisation printed it and when, and whether it still holds; nothing about the person.
 */
@Named
@ViewScoped
public class VerifyView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private FormVerification verification;

  private String ref;
  private FormVerification.VerifiedForm result;

  /** Opened from a code: answers at once. */
  public void load() {
    if (ref != null && !ref.isBlank() && result == null) {
      look();
    }
  }

  public void look() {
    var faces = FacesContext.getCurrentInstance();
    try {
      result = verification.verify(ref);
    } catch (NotFoundException e) {
      result = null;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN,
              Messages.format(faces.getViewRoot().getLocale(), e.messageKey()),
              null));
    }
  }

  /** The form's name in the page's language. */
  public String formName() {
    return result == null
        ? ""
        : Messages.format(
            FacesContext.getCurrentInstance().getViewRoot().getLocale(),
            "enum.OfficialForm." + result.form());
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public FormVerification.VerifiedForm getResult() {
    return result;
  }
}
