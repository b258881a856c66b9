package cn.yicibang.web.exchange;

import cn.yicibang.ejb.exchange.DepartmentNotifications;
import cn.yicibang.ejb.exchange.NotificationView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A department system's view of its notifications, and its acknowledgement of one. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject private DepartmentNotifications notifications;

  @GET
  @Operation(summary = "The caller's department's notifications, open ones first")
  public List<NotificationView> workList() {
    return notifications.workList();
  }

  @POST
  @Path("{id}/ack")
  @Operation(
      summary = "Acknowledge a notification",
      description = "Idempotent: acknowledging again changes nothing and answers the same.")
  public NotificationView acknowledge(@PathParam("id") String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new cn.yicibang.domain.NotFoundException("exchange.notification.notFound");
    }
    return notifications.acknowledge(uuid);
  }
}
