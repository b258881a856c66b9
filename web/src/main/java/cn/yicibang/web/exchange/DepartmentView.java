package cn.yicibang.web.exchange;

import cn.yicibang.ejb.exchange.DepartmentNotifications;
import cn.yicibang.ejb.exchange.NotificationView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
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

  private List<NotificationView> list;

  public List<NotificationView> getList() {
    if (list == null) {
      list = notifications.workList();
    }
    return list;
  }

  public void acknowledge(UUID id) {
    notifications.acknowledge(id);
    list = null;
  }

  /** The payload laid out for reading rather than as one line of JSON. */
  public String pretty(String json) {
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
      var writer = new java.io.StringWriter();
      jakarta.json.Json.createWriterFactory(
              java.util.Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
          .createWriter(writer)
          .write(reader.read());
      return writer.toString().strip();
    } catch (RuntimeException e) {
      return json;
    }
  }
}
