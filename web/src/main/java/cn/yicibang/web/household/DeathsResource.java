package cn.yicibang.web.household;

import cn.yicibang.ejb.household.Deaths;
import cn.yicibang.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Deaths declared over REST. Each creates a case of the household counter, decided, followed and
 * printed through {@code /api/household-changes/{ref}} like an item change. Honours an {@code
 * Idempotency-Key}.
 */
@Path("deaths")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeathsResource {

  @Inject private Deaths deaths;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @POST
  @Operation(
      summary = "Declare a death",
      description =
          "201 with the case; at the final approval the person becomes deceased (never deleted)"
              + " and pension, medical insurance and civil affairs are notified.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "The declaration is not possible; nothing saved")
  @APIResponse(
      responseCode = "409",
      description = "An application for the person is open; the detail names it")
  public Response declareDeath(
      DeathRequest request,
      @Parameter(description = "the same key twice declares once")
          @HeaderParam(HouseholdChangesResource.IDEMPOTENCY_KEY)
          String idempotencyKey) {
    if (request == null) {
      throw new cn.yicibang.domain.BusinessException("error.badRequest", "body");
    }
    return HouseholdChangesResource.created(
        uri, deaths.declare(request::toNewDeath, idempotencyKey, Messages.of(headers)));
  }
}
