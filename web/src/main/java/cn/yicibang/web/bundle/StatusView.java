package cn.yicibang.web.bundle;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.ejb.bundle.PublicBundleStatus;
import cn.yicibang.ejb.bundle.Views;
import cn.yicibang.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;

/**
 * public/status.xhtml: the citizen's status page, no login — the number on the receipt (a bundle's
 * tracking number or a station's acceptance number, as its QR code carries it) and the last four
 * characters of the identity number; where it stands, nothing personal.
 */
@Named
@ViewScoped
public class StatusView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private PublicBundleStatus status;

  @Inject private cn.yicibang.ejb.household.PublicProgress progress;

  private String no;
  private String idTail;
  private Views.PublicStatus result;
  private cn.yicibang.ejb.household.PublicProgress.Progress caseResult;

  public void look() {
    var faces = FacesContext.getCurrentInstance();
    var locale = faces.getViewRoot().getLocale();
    result = null;
    caseResult = null;
    try {
      if (no != null
          && no.strip().startsWith(cn.yicibang.ejb.bundle.BundleIntake.TRACKING_PREFIX)) {
        result = status.status(no, idTail, locale);
      } else {
        caseResult = progress.of(no, idTail);
      }
    } catch (NotFoundException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN, Messages.format(locale, e.messageKey()), null));
    }
  }

  public String getNo() {
    return no;
  }

  public void setNo(String no) {
    this.no = no;
  }

  public String getIdTail() {
    return idTail;
  }

  public void setIdTail(String idTail) {
    this.idTail = idTail;
  }

  public Views.PublicStatus getResult() {
    return result;
  }

  /** A station's case, when the number was an acceptance number. */
  public cn.yicibang.ejb.household.PublicProgress.Progress getCaseResult() {
    return caseResult;
  }
}
