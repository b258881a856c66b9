package cn.yicibang.web.mediation;

import cn.yicibang.ejb.mediation.MediationCases;
import cn.yicibang.ejb.mediation.MediationViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * mediation/overdue.xhtml: the supervisor's watch list — disputes not accepted in time, the longest
 * late first, and open disputes that went up a level or are due for referral.
 */
@Named
@RequestScoped
public class OverdueAcceptancesView {

  @Inject private MediationCases cases;

  private List<MediationViews.Summary> list;
  private List<MediationViews.Summary> escalations;

  public List<MediationViews.Summary> getEscalations() {
    if (escalations == null) {
      escalations = cases.escalations(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return escalations;
  }

  public List<MediationViews.Summary> getList() {
    if (list == null) {
      list = cases.overdueAcceptances(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return list;
  }
}
