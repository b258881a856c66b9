package cn.yicibang.web.bundle;

import cn.yicibang.ejb.bundle.BundleTasks;
import cn.yicibang.ejb.bundle.Views;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * bundle/tasks.xhtml: a department's bundle tasks — what each needs (its fields, the results it
 * waited for), and accepting, completing with a result reference, or returning with a reason.
 */
@Named
@ViewScoped
public class TasksView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private BundleTasks tasks;

  private boolean openOnly = true;
  private List<Views.DepartmentTask> list;
  private final Map<UUID, String> results = new HashMap<>();
  private final Map<UUID, String> reasons = new HashMap<>();

  /** The tasks the officer opened whole (full identity numbers, audited), by id. */
  private final Map<UUID, Views.DepartmentTask> whole = new HashMap<>();

  public List<Views.DepartmentTask> getList() {
    if (list == null) {
      list = tasks.mine(openOnly, locale());
    }
    return list;
  }

  public void accept(UUID id) {
    tasks.accept(id, null, locale());
    list = null;
  }

  public void complete(UUID id) {
    Views.DepartmentTask t = tasks.complete(id, results.get(id), null, locale());
    results.remove(id);
    list = null;
    done("bundle.task.completedMessage", t);
  }

  public void returnTask(UUID id) {
    Views.DepartmentTask t = tasks.returnTask(id, reasons.get(id), null, locale());
    reasons.remove(id);
    list = null;
    done("bundle.task.returnedMessage", t);
  }

  /** Says what was done: the row leaves the list of open tasks, so the officer sees it here. */
  private static void done(String key, Views.DepartmentTask t) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                cn.yicibang.web.i18n.Messages.format(
                    locale(), key, t.item(), t.trackingNo(), t.resultRef()),
                null));
  }

  public void refresh() {
    list = null;
  }

  /** Opens the task whole, to match the person in the department's own system: audited. */
  public void openWhole(UUID id) {
    whole.put(id, tasks.task(id, locale()));
  }

  /** The task as the officer reads it: masked as listed, or whole once opened. */
  public Views.DepartmentTask shown(Views.DepartmentTask t) {
    return whole.getOrDefault(t.id(), t);
  }

  public boolean isWhole(Views.DepartmentTask t) {
    return whole.containsKey(t.id());
  }

  public boolean open(Views.DepartmentTask t) {
    return t.status().open() && !t.followsHouseholdChange();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
    list = null;
  }

  public Map<UUID, String> getResults() {
    return results;
  }

  public Map<UUID, String> getReasons() {
    return reasons;
  }
}
