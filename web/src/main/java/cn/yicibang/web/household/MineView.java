package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApplicationStatus;
import cn.yicibang.ejb.household.CaseList;
import cn.yicibang.ejb.household.ChangeSummary;
import cn.yicibang.ejb.household.HouseholdChanges;
import cn.yicibang.web.lists.PagedList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * household/mine.xhtml: the station's applications, a page at a time from the database (however
 * many years it holds), found by number or name and by status, sorted by any column; open ones
 * first and overdue ones marked unless sorted otherwise.
 */
@Named
@ViewScoped
public class MineView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private HouseholdChanges changes;

  private String text;
  private ApplicationStatus status;

  /** The table's model: made again after the view travels to another node (it holds no state). */
  private transient PagedList<ChangeSummary> applications;

  public PagedList<ChangeSummary> getApplications() {
    if (applications == null) {
      applications =
          new PagedList<>(
              (first, size, sort, ascending) ->
                  changes.ofMyStation(
                      new CaseList.Query(text, status, first, size, sort, ascending)),
              row -> row.id().toString());
    }
    return applications;
  }

  /** A new search starts on the first page. */
  public void apply() {
    var table =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getViewRoot()
            .findComponent(":list:mine");
    if (table instanceof org.primefaces.component.datatable.DataTable t) {
      t.setFirst(0);
    }
  }

  public List<ApplicationStatus> getStatuses() {
    return List.of(ApplicationStatus.values());
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public void setStatus(ApplicationStatus status) {
    this.status = status;
  }
}
