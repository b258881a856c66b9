package cn.yicibang.web.household;

import cn.yicibang.ejb.household.Approvals;
import cn.yicibang.ejb.household.ChangeCases;
import cn.yicibang.ejb.household.ChangeDetail;
import cn.yicibang.ejb.household.ChangeForm;
import cn.yicibang.ejb.household.ChangeFormPrinting;
import cn.yicibang.ejb.household.HouseholdChanges;
import cn.yicibang.ejb.printing.PrintedDocument;
import cn.yicibang.web.i18n.Messages;
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
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Household change and correction over REST, for department systems and automation. A case is named
 * by its acceptance number, or by its id before it has one. Every POST honours an {@code
 * Idempotency-Key}: the same key twice creates or decides once.
 */
@Path("household-changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdChangesResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Inject private HouseholdChanges counter;

  @Inject private Approvals approvals;

  @Inject private ChangeCases cases;

  @Inject private ChangeFormPrinting forms;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @POST
  @Operation(
      summary = "Take an application",
      description =
          "201 with the case; accepted with its acceptance number when every material was seen,"
              + " otherwise waiting for the missing materials.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(
      responseCode = "400",
      description = "Ineligible applicant or invalid value; nothing saved")
  public Response create(
      ChangeRequest request,
      @Parameter(description = "the same key twice creates one application")
          @HeaderParam(IDEMPOTENCY_KEY)
          String idempotencyKey) {
    if (request == null) {
      throw new cn.yicibang.domain.BusinessException("error.badRequest", "body");
    }
    ChangeDetail created = counter.start(request::toNewChange, idempotencyKey, locale());
    return Response.created(uri.getAbsolutePathBuilder().path(reference(created)).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{ref}")
  @Operation(summary = "A case with its items, materials and every step")
  public ChangeDetail get(@PathParam("ref") String ref) {
    return load(ref);
  }

  @POST
  @Path("{ref}/decisions")
  @Operation(summary = "Approve, send back or refuse at the caller's level")
  @APIResponse(responseCode = "200", description = "The case after the decision")
  @APIResponse(responseCode = "409", description = "Someone else acted on the case first")
  public ChangeDetail decide(
      @PathParam("ref") String ref,
      DecisionRequest request,
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
    if (request == null) {
      throw new cn.yicibang.domain.BusinessException("error.badRequest", "body");
    }
    return approvals.decide(
        caseId(ref), request::toDecision, request.version(), idempotencyKey, locale());
  }

  @POST
  @Path("{ref}/materials")
  @Operation(summary = "Materials seen later; accepts the case when nothing is missing")
  public ChangeDetail supplyMaterials(@PathParam("ref") String ref, List<String> materialsSeen) {
    return counter.supplyMaterials(
        caseId(ref), cn.yicibang.web.api.Bodies.codes(materialsSeen, "materialsSeen"), locale());
  }

  @GET
  @Path("{ref}/forms/{form}.pdf")
  @Produces("application/pdf")
  @Operation(
      summary = "One of the case's forms as PDF",
      description =
          "application, receipt, supplement-notice or refusal-decision; in Chinese, the official"
              + " language of the form, or as an English courtesy copy with copy=en")
  public Response form(
      @PathParam("ref") String ref,
      @PathParam("form") String form,
      @jakarta.ws.rs.QueryParam("copy") String copy) {
    PrintedDocument document =
        forms.print(
            caseId(ref), ChangeForm.ofSlug(form), cn.yicibang.web.printing.Pdfs.language(copy));
    return cn.yicibang.web.printing.Pdfs.inline(document);
  }

  private ChangeDetail load(String ref) {
    try {
      return cases.byId(UUID.fromString(ref), locale());
    } catch (IllegalArgumentException notAnId) {
      return cases.byAcceptanceNo(ref, locale());
    }
  }

  /**
   * The case a reference names: its id as it is (the service it goes to checks that the caller may
   * see it), or its acceptance number looked up.
   */
  private UUID caseId(String ref) {
    try {
      return UUID.fromString(ref);
    } catch (IllegalArgumentException notAnId) {
      return cases.idByAcceptanceNo(ref);
    }
  }

  /** 201 with the case, at its address under {@code /api/household-changes}. */
  static Response created(UriInfo uri, ChangeDetail d) {
    return Response.created(
            uri.getBaseUriBuilder().path("household-changes").path(reference(d)).build())
        .entity(d)
        .build();
  }

  static String reference(ChangeDetail d) {
    return d.acceptanceNo() != null ? d.acceptanceNo() : d.id().toString();
  }

  private Locale locale() {
    List<Locale> accepted = headers.getAcceptableLanguages();
    return Messages.supported(accepted.isEmpty() ? null : accepted.get(0));
  }
}
