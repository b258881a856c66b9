package cn.yicibang.web.bundle;

import cn.yicibang.ejb.bundle.BundleTracking;
import cn.yicibang.ejb.bundle.Views;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** bundle/overdue.xhtml: the supervisor's overdue department tasks, and how many per department. */
@Named
@RequestScoped
public class OverdueView {

  @Inject private BundleTracking tracking;

  private List<Views.Overdue> overdue;

  @PostConstruct
  void load() {
    overdue = tracking.overdue(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<Views.Overdue> getOverdue() {
    return overdue;
  }

  /** Department → number of overdue tasks, for the summary above the list. */
  public List<Map.Entry<String, Long>> getByDepartment() {
    return List.copyOf(
        overdue.stream()
            .collect(
                Collectors.groupingBy(
                    Views.Overdue::department, TreeMap::new, Collectors.counting()))
            .entrySet());
  }
}
