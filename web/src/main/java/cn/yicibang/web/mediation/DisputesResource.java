package cn.yicibang.web.mediation;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.mediation.DisputeCase;
import cn.yicibang.domain.mediation.Round;
import cn.yicibang.ejb.mediation.MediationCases;
import cn.yicibang.ejb.mediation.MediationFormPrinting;
import cn.yicibang.ejb.mediation.MediationIntake;
import cn.yicibang.ejb.mediation.MediationViews;
import cn.yicibang.ejb.mediation.MediationWork;
import cn.yicibang.ejb.mediation.NewDispute;
import cn.yicibang.web.i18n.Messages;
import cn.yicibang.web.printing.Pdfs;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Disputes handed from police stations to people's mediation: the station takes one down and hands
 * it over; the body accepts or returns it, records sessions (escalating when a level's cap is used
 * up), settles or refers it and records the follow-up. Every POST honours an {@code
 * Idempotency-Key}.
 */
@Path("disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisputesResource {

  @Inject private MediationIntake intake;

  @Inject private MediationWork work;

  @Inject private MediationCases cases;

  @Inject private MediationFormPrinting forms;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @POST
  @Operation(
      summary = "Take a dispute down at the station and hand it to mediation",
      description =
          "Parties from the register by identity number, others with their document; every party"
              + " must have agreed to mediation. Without bodyId the proposed body takes it.")
  @APIResponse(responseCode = "201", description = "Handed over")
  @APIResponse(responseCode = "400", description = "A value missing or wrong, or a party unwilling")
  public Response receive(
      NewDispute body, @HeaderParam(DisputeRequests.IDEMPOTENCY_KEY) String key) {
    MediationViews.Detail d = intake.receive(body, key, locale());
    return Response.created(uri.getAbsolutePathBuilder().path(d.caseNo()).build())
        .entity(d)
        .build();
  }

  @GET
  @Operation(summary = "The caller's disputes: a station's handovers, a body's cases; open first")
  public List<MediationViews.Summary> mine(@QueryParam("open") boolean openOnly) {
    return cases.mine(openOnly, locale());
  }

  @GET
  @Path("overdue-acceptances")
  @Operation(summary = "Disputes not accepted in time, for the mediation supervisor")
  public List<MediationViews.Summary> overdueAcceptances() {
    return cases.overdueAcceptances(locale());
  }

  @GET
  @Path("escalations")
  @Operation(
      summary = "Open disputes that went up a level or are due for referral, for the supervisor")
  public List<MediationViews.Summary> escalations() {
    return cases.escalations(locale());
  }

  @GET
  @Path("{caseNo}")
  @Operation(summary = "A dispute with its parties, sessions, agreement and timeline")
  public MediationViews.Detail get(@PathParam("caseNo") String caseNo) {
    return cases.detail(caseNo, locale());
  }

  @POST
  @Path("{caseNo}/handover")
  @Operation(summary = "The station hands a returned dispute to another body")
  public MediationViews.Detail handOver(
      @PathParam("caseNo") String caseNo,
      DisputeRequests.HandOver body,
      @HeaderParam(DisputeRequests.IDEMPOTENCY_KEY) String key) {
    return intake.handOver(caseNo, body == null ? null : body.bodyId(), key, locale());
  }

  @POST
  @Path("{caseNo}/accept")
  @Operation(summary = "The body accepts the dispute handed to it")
  public MediationViews.Detail accept(
      @PathParam("caseNo") String caseNo,
      @HeaderParam(DisputeRequests.IDEMPOTENCY_KEY) String key) {
    return work.accept(caseNo, key, locale());
  }

  @POST
  @Path("{caseNo}/return")
  @Operation(summary = "The body sends the dispute back to the station with a reason")
  public MediationViews.Detail returnToStation(
      @PathParam("caseNo") String caseNo,
      DisputeRequests.Return body,
      @HeaderParam(DisputeRequests.IDEMPOTENCY_KEY) String key) {
    return work.returnToStation(caseNo, body == null ? null : body.reason(), key, locale());
  }

  @POST
  @Path("{caseNo}/rounds")
  @Operation(
      summary = "Record a mediation session",
      description =
          "When the session uses up the level's cap unsettled, the dispute goes to the next"
              + " level's body; after the last level it is due for referral.")
  public MediationViews.Detail round(
      @PathParam("caseNo") String caseNo,
      DisputeRequests.Session body,
      @HeaderParam(DisputeRequests.IDEMPOTENCY_KEY) String key) {
    DisputeRequests.Session s = required(body);
    return work.recordRound(
        caseNo,
        new Round.Session(s.heldOn(), s.mediators(), s.attendees(), s.record(), s.result()),
        key,
        locale());
  }

  @POST
  @Path("{caseNo}/settlement")
  @Operation(summary = "Settle the dispute by a written or oral agreement after a settled session")
  public MediationViews.Detail settle(
      @PathParam("caseNo") String caseNo,
      DisputeRequests.Settlement body,
      @HeaderParam(DisputeRequests.IDEMPOTENCY_KEY) String key) {
    DisputeRequests.Settlement s = required(body);
    return work.settle(
        caseNo,
        new DisputeCase.Agreement(
            s.kind(),
            s.facts(),
            s.matters(),
            s.content(),
            s.performanceManner(),
            s.performanceDue()),
        key,
        locale());
  }

  @POST
  @Path("{caseNo}/referral")
  @Operation(
      summary =
          "Close the dispute unsettled, referred to litigation, arbitration or an administrative route")
  public MediationViews.Detail refer(
      @PathParam("caseNo") String caseNo,
      DisputeRequests.Closing body,
      @HeaderParam(DisputeRequests.IDEMPOTENCY_KEY) String key) {
    DisputeRequests.Closing r = required(body);
    return work.refer(caseNo, r.route(), r.note(), key, locale());
  }

  @POST
  @Path("{caseNo}/follow-up")
  @Operation(
      summary = "Record the follow-up visit; an agreement not performed may reopen the dispute")
  public MediationViews.Detail followUp(
      @PathParam("caseNo") String caseNo,
      DisputeRequests.FollowUp body,
      @HeaderParam(DisputeRequests.IDEMPOTENCY_KEY) String key) {
    DisputeRequests.FollowUp f = required(body);
    return work.followUp(
        caseNo, f.result(), f.note(), Boolean.TRUE.equals(f.reopen()), key, locale());
  }

  @GET
  @Path("{caseNo}/forms/{form}.pdf")
  @Produces("application/pdf")
  @Operation(
      summary = "One of the dispute's forms as PDF",
      description =
          "handover (移交告知书), agreement (人民调解协议书, one copy per party and the committee's)"
              + " or referral (终止告知书); in Chinese, or as an English courtesy copy with copy=en")
  public Response form(
      @PathParam("caseNo") String caseNo,
      @PathParam("form") String form,
      @jakarta.ws.rs.QueryParam("copy") String copy) {
    java.util.Locale language = Pdfs.language(copy);
    return Pdfs.inline(
        switch (form) {
          case "handover" -> forms.handover(caseNo, language);
          case "agreement" -> forms.agreement(caseNo, language);
          case "referral" -> forms.referral(caseNo, language);
          default -> throw new cn.yicibang.domain.NotFoundException("error.notFound");
        });
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new BusinessException("error.badRequest", "body");
    }
    return body;
  }

  private Locale locale() {
    return Messages.of(headers);
  }
}
