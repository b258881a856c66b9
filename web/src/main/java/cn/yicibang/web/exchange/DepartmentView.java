package cn.yicibang.web.exchange;

import cn.yicibang.ejb.exchange.DepartmentNotifications;
import cn.yicibang.ejb.exchange.NotificationView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * exchange/department.xhtml: a department officer's notifications (for departments without a system
 * endpoint, the way they receive changes), each with its record and diff, and the acknowledgement.
 */
@Named
@ViewScoped
public class DepartmentView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private DepartmentNotifications notifications;

  /** The department's notifications, a page at a time, open ones first. */
  private transient cn.yicibang.web.lists.PagedList<NotificationView> list;

  public cn.yicibang.web.lists.PagedList<NotificationView> getList() {
    if (list == null) {
      list =
          new cn.yicibang.web.lists.PagedList<>(
              (first, size, sort, ascending) -> notifications.workList(first, size),
              row -> row.id().toString());
    }
    return list;
  }

  public void acknowledge(UUID id) {
    notifications.acknowledge(id);
  }

  /** The notifications the officer opened whole (full identity numbers, audited). */
  private final java.util.Set<UUID> whole = new java.util.HashSet<>();

  /** What the officer has read of each notification, in {@link #readIn}, by id. */
  private final java.util.Map<UUID, cn.yicibang.ejb.exchange.NotificationReading> readings =
      new java.util.HashMap<>();

  private java.util.Locale readIn;

  /**
   * The notification in labelled lines in the page's language: masked until the officer opens it
   * whole. Read again when the language changes.
   */
  public cn.yicibang.ejb.exchange.NotificationReading reading(UUID id) {
    java.util.Locale locale =
        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
    if (!locale.equals(readIn)) {
      readings.clear();
      readIn = locale;
    }
    return readings.computeIfAbsent(id, k -> notifications.read(k, whole.contains(k), locale));
  }

  /** Opens it whole (the full identity numbers, to match the person): audited. */
  public void openWhole(UUID id) {
    whole.add(id);
    readings.remove(id);
  }
}
