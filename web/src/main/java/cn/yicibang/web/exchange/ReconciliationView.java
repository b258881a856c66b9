package cn.yicibang.web.exchange;

import cn.yicibang.ejb.exchange.NotificationView;
import cn.yicibang.ejb.exchange.Reconciliation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** exchange/reconciliation.xhtml: what is undelivered or unacknowledged, with a retry button. */
@Named
@ViewScoped
public class ReconciliationView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private Reconciliation reconciliation;

  private List<NotificationView> outstanding;

  public List<NotificationView> getOutstanding() {
    if (outstanding == null) {
      outstanding =
          reconciliation.outstanding(
              jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return outstanding;
  }

  public void retry(UUID id) {
    reconciliation.retryNow(id);
    outstanding = null;
  }
}
