package cn.yicibang.web.household;

import cn.yicibang.ejb.household.HouseholdRelations;
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
 * A new head of household, or relations to the head changed, declared over REST. Each creates a
 * case of the household counter, decided, followed and printed through {@code
 * /api/household-changes/{ref}} like an item change. Honours an {@code Idempotency-Key}.
 */
@Path("household-relations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdRelationsResource {

  @Inject private HouseholdRelations relations;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @POST
  @Operation(
      summary = "Declare a new head of household or a changed relation to the head",
      description =
          "201 with the case, at /api/household-changes/{acceptance number}; the members take"
              + " their new relations at the approval, and the household keeps exactly one head.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "The change is not possible; nothing saved")
  @APIResponse(
      responseCode = "409",
      description = "An application for one of the members is open; the detail names it")
  public Response declare(
      RelationsRequest request,
      @Parameter(description = "the same key twice declares once")
          @HeaderParam(HouseholdChangesResource.IDEMPOTENCY_KEY)
          String idempotencyKey) {
    if (request == null) {
      throw new cn.yicibang.domain.BusinessException("error.badRequest", "body");
    }
    return HouseholdChangesResource.created(
        uri, relations.declare(request::toNewRelations, idempotencyKey, Messages.of(headers)));
  }
}
