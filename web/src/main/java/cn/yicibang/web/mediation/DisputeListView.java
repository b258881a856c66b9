package cn.yicibang.web.mediation;

import cn.yicibang.ejb.mediation.MediationCases;
import cn.yicibang.ejb.mediation.MediationViews;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * mediation/list.xhtml: the caller's disputes — a station's handovers with their outcome (new ones
 * marked), a body's incoming and current cases, every dispute for the supervisor — open ones first,
 * late acceptances and follow-ups due marked.
 */
@Named
@ViewScoped
public class DisputeListView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private MediationCases cases;

  private boolean openOnly;
  private List<MediationViews.Summary> list;

  public List<MediationViews.Summary> getList() {
    if (list == null) {
      list = cases.mine(openOnly, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return list;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
    list = null;
  }
}
