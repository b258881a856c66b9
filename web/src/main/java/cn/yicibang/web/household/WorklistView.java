package cn.yicibang.web.household;

import cn.yicibang.ejb.household.Approvals;
import cn.yicibang.ejb.household.ChangeSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** household/worklist.xhtml: the cases waiting at the approver's level, overdue ones first. */
@Named
@RequestScoped
public class WorklistView {

  @Inject private Approvals approvals;

  private List<ChangeSummary> cases;

  @PostConstruct
  void load() {
    cases = approvals.workList();
  }

  public List<ChangeSummary> getCases() {
    return cases;
  }

  public long getOverdueCount() {
    return cases.stream().filter(ChangeSummary::overdue).count();
  }
}
