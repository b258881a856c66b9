package cn.yicibang.web.bundle;

import cn.yicibang.ejb.bundle.PublicBundleStatus;
import cn.yicibang.ejb.bundle.Views;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** The public status of a bundle application: tracking number plus identity-number tail. */
@Path("public/status")
@Produces(MediaType.APPLICATION_JSON)
public class PublicStatusResource {

  @Inject private PublicBundleStatus status;

  @Context private HttpHeaders headers;

  @GET
  @Path("{trackingNo}")
  @SecurityRequirements
  @Operation(summary = "Each part's status and office; nothing personal")
  public Views.PublicStatus get(
      @PathParam("trackingNo") String trackingNo, @QueryParam("idTail") String idTail) {
    return status.status(trackingNo, idTail, Requests.locale(headers));
  }
}
