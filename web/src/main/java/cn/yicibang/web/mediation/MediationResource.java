package cn.yicibang.web.mediation;

import cn.yicibang.ejb.mediation.MediationIntake;
import cn.yicibang.ejb.mediation.MediationViews;
import cn.yicibang.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What the station needs before handing a dispute over: the types, and where one would go. */
@Path("mediation")
@Produces(MediaType.APPLICATION_JSON)
public class MediationResource {

  @Inject private MediationIntake intake;

  @Context private HttpHeaders headers;

  @GET
  @Path("types")
  @Operation(summary = "The dispute types")
  public List<MediationViews.TypeOption> types() {
    return intake.types(locale());
  }

  @GET
  @Path("proposal")
  @Operation(
      summary = "The body proposed for a dispute of a type at a place, and the others there",
      description = "place: a village, grid or unit code inside the station's jurisdiction")
  public MediationViews.Proposal proposal(
      @QueryParam("type") String type, @QueryParam("place") String place) {
    return intake.proposal(type, place, locale());
  }

  private Locale locale() {
    return Messages.of(headers);
  }
}
