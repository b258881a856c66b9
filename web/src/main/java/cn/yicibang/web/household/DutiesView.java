package cn.yicibang.web.household;

import cn.yicibang.ejb.household.CaseFollowUp;
import cn.yicibang.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * household/duties.xhtml: the station's follow-on duties still open (booklet pages to print,
 * identity cards to issue or collect), oldest first; each closed here with who and when.
 */
@Named
@ViewScoped
public class DutiesView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private CaseFollowUp followUp;

  private List<CaseFollowUp.Duty> duties;

  public List<CaseFollowUp.Duty> getDuties() {
    if (duties == null) {
      duties = followUp.openAtMyStation();
    }
    return duties;
  }

  public void done(UUID dutyId) {
    CaseFollowUp.Duty d = followUp.done(dutyId);
    duties = null;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            Messages.format(
                faces.getViewRoot().getLocale(),
                "duty.doneFor",
                Messages.format(
                    faces.getViewRoot().getLocale(), "enum.DutyKind." + d.kind().name()),
                d.acceptanceNo()),
            null));
  }
}
