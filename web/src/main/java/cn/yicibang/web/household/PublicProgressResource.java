package cn.yicibang.web.household;

import cn.yicibang.ejb.household.PublicProgress;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** Public progress of a household change: acceptance number plus identity-number tail. */
@Path("public/household-changes")
@Produces(MediaType.APPLICATION_JSON)
public class PublicProgressResource {

  @Inject private PublicProgress progress;

  @GET
  @Path("{acceptanceNo}")
  @SecurityRequirements
  @Operation(summary = "Where a case stands; nothing personal")
  public PublicProgress.Progress get(
      @PathParam("acceptanceNo") String acceptanceNo, @QueryParam("idTail") String idTail) {
    return progress.of(acceptanceNo, idTail);
  }
}
