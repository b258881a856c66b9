package cn.yicibang.web.bundle;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.ejb.bundle.BundleFormPrinting;
import cn.yicibang.ejb.bundle.BundleIntake;
import cn.yicibang.ejb.bundle.BundleTracking;
import cn.yicibang.ejb.bundle.NewBundle;
import cn.yicibang.ejb.bundle.Views;
import cn.yicibang.ejb.printing.PrintedDocument;
import cn.yicibang.web.printing.Pdfs;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * One-stop bundle applications over REST, for the hall's own automation: submit, read with every
 * part and the timeline, resend a returned part, and the forms. POSTs honour an {@code
 * Idempotency-Key}.
 */
@Path("bundle-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BundleApplicationsResource {

  @Inject private BundleIntake intake;

  @Inject private BundleTracking tracking;

  @Inject private BundleFormPrinting forms;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @POST
  @Operation(
      summary = "Submit a bundle application",
      description =
          "The one form by canonical field key and the materials seen. 201 with the tracking"
              + " number and one task per item; the tasks that wait for nothing are sent at once.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(
      responseCode = "400",
      description = "A field missing or wrong (each named), not eligible, or a material missing")
  public Response submit(
      Requests.Submission body,
      @Parameter(description = "the same key twice submits once")
          @HeaderParam(Requests.IDEMPOTENCY_KEY)
          String idempotencyKey) {
    if (body == null) {
      throw new BusinessException("error.badRequest", "body");
    }
    Views.Detail created =
        intake.submit(
            new NewBundle(
                body.bundle(),
                body.values() == null ? Map.of() : body.values(),
                cn.yicibang.web.api.Bodies.codes(body.materialsSeen(), "materialsSeen")),
            idempotencyKey,
            Requests.locale(headers));
    return Response.created(uri.getAbsolutePathBuilder().path(created.trackingNo()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "The hall's applications, open ones first")
  public List<Views.Summary> list() {
    return tracking.ofMyHall(Requests.locale(headers));
  }

  @GET
  @Path("overdue")
  @Operation(
      summary = "Open parts past their due date, for the hall supervisor",
      description = "The hall's own applications, the longest overdue first.")
  public List<Views.Overdue> overdue() {
    return tracking.overdue(Requests.locale(headers));
  }

  @GET
  @Path("{trackingNo}")
  @Operation(summary = "An application with each department's part and the timeline")
  public Views.Detail get(@PathParam("trackingNo") String trackingNo) {
    return tracking.detail(trackingNo, Requests.locale(headers));
  }

  @POST
  @Path("{trackingNo}/tasks/{item}/resend")
  @Operation(
      summary = "Correct a returned part and send it again",
      description =
          "Only the part's own fields: those given change (an empty value clears an optional"
              + " one), the rest keep their value; the other parts are not touched.")
  public Views.Detail resend(
      @PathParam("trackingNo") String trackingNo,
      @PathParam("item") String item,
      Requests.Correction body,
      @HeaderParam(Requests.IDEMPOTENCY_KEY) String idempotencyKey) {
    return tracking.resend(
        trackingNo,
        item,
        body == null || body.values() == null ? Map.of() : body.values(),
        idempotencyKey,
        Requests.locale(headers));
  }

  @GET
  @Path("{trackingNo}/forms/{form}.pdf")
  @Produces("application/pdf")
  @Operation(
      summary = "One of the application's forms as PDF",
      description =
          "application, receipt or completion; in Chinese, or as an English courtesy copy with"
              + " copy=en")
  public Response form(
      @PathParam("trackingNo") String trackingNo,
      @PathParam("form") String form,
      @jakarta.ws.rs.QueryParam("copy") String copy) {
    var locale = Pdfs.language(copy);
    PrintedDocument document =
        switch (form) {
          case "application" -> forms.form(trackingNo, locale);
          case "receipt" -> forms.receipt(trackingNo, locale);
          case "completion" -> forms.completion(trackingNo, locale);
          default -> throw new cn.yicibang.domain.NotFoundException("error.notFound");
        };
    return Pdfs.inline(document);
  }
}
