package cn.yicibang.web.household;

import cn.yicibang.ejb.household.Moves;
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
 * Moves declared over REST (inside the district, out of it, or into it). Each creates a case of the
 * household counter, decided, followed and printed through {@code /api/household-changes/{ref}}
 * like an item change. Honours an {@code Idempotency-Key}.
 */
@Path("moves")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MovesResource {

  @Inject private Moves moves;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @POST
  @Operation(
      summary = "Declare a move of residents: within the district, or out of it",
      description =
          "201 with the case, at /api/household-changes/{acceptance number}. MOVE_WITHIN at the"
              + " receiving station (the station the movers leave sees the case); MOVE_OUT at the"
              + " movers' station, which issues the migration record at the approval.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "The move is not possible; nothing saved")
  @APIResponse(
      responseCode = "409",
      description = "An application for one of the movers is open; the detail names it")
  public Response declareMove(
      MoveRequest request,
      @Parameter(description = "the same key twice declares once")
          @HeaderParam(HouseholdChangesResource.IDEMPOTENCY_KEY)
          String idempotencyKey) {
    if (request == null) {
      throw new cn.yicibang.domain.BusinessException("error.badRequest", "body");
    }
    return HouseholdChangesResource.created(
        uri, moves.declare(request::toNewMove, idempotencyKey, Messages.of(headers)));
  }

  @POST
  @Path("in")
  @Operation(
      summary = "Declare a move into the district",
      description =
          "201 with the case; at the approval the person is registered with the identity number"
              + " they have (someone who once moved out is active again).")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "The move is not possible; nothing saved")
  @APIResponse(
      responseCode = "409",
      description = "The person is declared moving in already; the detail names the case")
  public Response declareMoveIn(
      MoveInRequest request,
      @Parameter(description = "the same key twice declares once")
          @HeaderParam(HouseholdChangesResource.IDEMPOTENCY_KEY)
          String idempotencyKey) {
    if (request == null) {
      throw new cn.yicibang.domain.BusinessException("error.badRequest", "body");
    }
    return HouseholdChangesResource.created(
        uri, moves.declareIn(request::toNewMoveIn, idempotencyKey, Messages.of(headers)));
  }
}
