package cn.yicibang.web.mediation;

import cn.yicibang.ejb.mediation.MediationFormPrinting;
import cn.yicibang.ejb.mediation.MediationIntake;
import cn.yicibang.ejb.mediation.MediationStatistics;
import cn.yicibang.ejb.mediation.MediationViews;
import cn.yicibang.web.i18n.Messages;
import cn.yicibang.web.printing.Pdfs;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What the station needs before handing a dispute over: the types, and where one would go. */
@Path("mediation")
@Produces(MediaType.APPLICATION_JSON)
public class MediationResource {

  @Inject private MediationIntake intake;

  @Inject private MediationStatistics statistics;

  @Inject private MediationFormPrinting forms;

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

  @GET
  @Path("statistics")
  @Operation(
      summary = "The mediation figures of a period",
      description =
          "from and to as yyyy-MM (default: this year so far): received, accepted, settled,"
              + " referred, settlement rate, median days to settle, sessions; by body, level, type,"
              + " town and month; each town against the same months a year before")
  public MediationStatistics.Figures statistics(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return statistics.figures(from, to, locale());
  }

  @POST
  @Path("statistics/rebuild")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(
      summary =
          "Counts the figures again from every dispute's timeline (after a bulk load); returns how"
              + " many disputes were counted. Administrators only.")
  public String rebuildStatistics() {
    return String.valueOf(statistics.rebuildFigures());
  }

  @GET
  @Path("reports/{month}.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The monthly report of people's mediation (人民调解工作月报), month as yyyy-MM")
  public Response monthlyPdf(
      @PathParam("month") String month, @jakarta.ws.rs.QueryParam("copy") String copy) {
    return Pdfs.inline(forms.monthly(month, Pdfs.language(copy)));
  }

  @GET
  @Path("reports/{month}.xlsx")
  @Produces(XLSX)
  @Operation(summary = "The monthly report as a spreadsheet")
  public Response monthlyXlsx(@PathParam("month") String month) {
    return Response.ok(forms.monthlySpreadsheet(month, locale()), XLSX)
        .header(
            "Content-Disposition", "attachment; filename=\"mediation-monthly-" + month + ".xlsx\"")
        .build();
  }

  private Locale locale() {
    return Messages.of(headers);
  }
}
