package cn.yicibang.web.household;

import cn.yicibang.ejb.household.ChangeSummary;
import cn.yicibang.ejb.household.HouseholdChanges;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** household/mine.xhtml: the station's applications, open ones first, overdue ones marked. */
@Named
@RequestScoped
public class MineView {

  @Inject private HouseholdChanges changes;

  private List<ChangeSummary> applications;

  @PostConstruct
  void load() {
    applications = changes.ofMyStation();
  }

  public List<ChangeSummary> getApplications() {
    return applications;
  }
}
