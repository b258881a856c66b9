package cn.yicibang.web.household;

import cn.yicibang.ejb.household.Births;
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
 * Births declared over REST. Each creates a case of the household counter, decided, followed and
 * printed through {@code /api/household-changes/{ref}} like an item change. Honours an {@code
 * Idempotency-Key}.
 */
@Path("births")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BirthsResource {

  @Inject private Births births;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @POST
  @Operation(
      summary = "Declare a birth",
      description =
          "201 with the case, at /api/household-changes/{acceptance number}; the newborn enters"
              + " the register, with an identity number issued, at the final approval.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "The declaration is not possible; nothing saved")
  @APIResponse(
      responseCode = "409",
      description = "The birth certificate was declared already; the detail names the case")
  public Response declareBirth(
      BirthRequest request,
      @Parameter(description = "the same key twice declares once")
          @HeaderParam(HouseholdChangesResource.IDEMPOTENCY_KEY)
          String idempotencyKey) {
    if (request == null) {
      throw new cn.yicibang.domain.BusinessException("error.badRequest", "body");
    }
    return HouseholdChangesResource.created(
        uri, births.declare(request::toNewBirth, idempotencyKey, Messages.of(headers)));
  }
}
