package cn.yicibang.web.mediation;

import cn.yicibang.ejb.mediation.MediationCases;
import cn.yicibang.ejb.mediation.MediationViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * mediation/overdue.xhtml: the supervisor's disputes not accepted in time, the longest late first.
 */
@Named
@RequestScoped
public class OverdueAcceptancesView {

  @Inject private MediationCases cases;

  private List<MediationViews.Summary> list;

  public List<MediationViews.Summary> getList() {
    if (list == null) {
      list = cases.overdueAcceptances(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return list;
  }
}
