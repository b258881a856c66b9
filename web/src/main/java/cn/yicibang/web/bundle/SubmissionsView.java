package cn.yicibang.web.bundle;

import cn.yicibang.ejb.bundle.BundleTracking;
import cn.yicibang.ejb.bundle.Views;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** bundle/submissions.xhtml: the hall's applications with their progress, open ones first. */
@Named
@RequestScoped
public class SubmissionsView {

  @Inject private BundleTracking tracking;

  private List<Views.Summary> applications;

  @PostConstruct
  void load() {
    applications = tracking.ofMyHall(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<Views.Summary> getApplications() {
    return applications;
  }

  public int percent(Views.Summary s) {
    return s.total() == 0 ? 0 : 100 * s.done() / s.total();
  }
}
