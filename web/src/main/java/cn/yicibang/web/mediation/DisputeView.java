package cn.yicibang.web.mediation;

import cn.yicibang.domain.mediation.AgreementKind;
import cn.yicibang.domain.mediation.DisputeCase;
import cn.yicibang.domain.mediation.DisputeStatus;
import cn.yicibang.domain.mediation.FollowUpResult;
import cn.yicibang.domain.mediation.Referral;
import cn.yicibang.domain.mediation.Round;
import cn.yicibang.domain.mediation.RoundResult;
import cn.yicibang.ejb.mediation.MediationCases;
import cn.yicibang.ejb.mediation.MediationFormPrinting;
import cn.yicibang.ejb.mediation.MediationIntake;
import cn.yicibang.ejb.mediation.MediationViews;
import cn.yicibang.ejb.mediation.MediationWork;
import cn.yicibang.web.printing.Pdfs;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.primefaces.model.StreamedContent;

/**
 * mediation/dispute.xhtml: one dispute — parties, sessions with the level's cap, the agreement, the
 * timeline and the forms — and what the viewer's side may do now: the body accepts or returns it,
 * records sessions, settles, refers it out and follows it up; the station hands a returned one
 * elsewhere.
 */
@Named
@ViewScoped
public class DisputeView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private MediationCases cases;

  @Inject private MediationWork work;

  @Inject private MediationIntake intake;

  @Inject private MediationFormPrinting forms;

  private String no;
  private MediationViews.Detail detail;
  private MediationCases.Side side;
  private String returnReason;
  private LocalDate heldOn = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private String mediators;
  private String attendees;
  private String record;
  private RoundResult result;
  private AgreementKind agreementKind = AgreementKind.WRITTEN;
  private String facts;
  private String matters;
  private String content;
  private String performanceManner;
  private LocalDate performanceDue;
  private Referral referral;
  private String referralNote;
  private FollowUpResult followUpResult;
  private String followUpNote;
  private boolean reopen;
  private String bodyId;
  private List<MediationViews.BodyOption> bodies;

  public void load() {
    if (detail == null && no != null) {
      show(cases.detail(no, locale()));
    }
  }

  private void show(MediationViews.Detail d) {
    detail = d;
    side = cases.side(d);
    if (side == MediationCases.Side.STATION && d.status() == DisputeStatus.RETURNED) {
      MediationViews.Proposal p = intake.proposal(d.typeCode(), d.placeCode(), locale());
      bodies = new ArrayList<>();
      bodies.add(p.proposed());
      bodies.addAll(p.alternatives());
      bodyId = p.proposed().id();
    }
  }

  public void accept() {
    show(work.accept(no, key(), locale()));
  }

  public void returnToStation() {
    show(work.returnToStation(no, returnReason, key(), locale()));
  }

  public void recordRound() {
    show(
        work.recordRound(
            no, new Round.Session(heldOn, mediators, attendees, record, result), key(), locale()));
    record = null;
    result = null;
  }

  public void settle() {
    show(
        work.settle(
            no,
            new DisputeCase.Agreement(
                agreementKind, facts, matters, content, performanceManner, performanceDue),
            key(),
            locale()));
  }

  public void refer() {
    show(work.refer(no, referral, referralNote, key(), locale()));
  }

  public void followUp() {
    show(work.followUp(no, followUpResult, followUpNote, reopen, key(), locale()));
  }

  public void handOver() {
    show(intake.handOver(no, bodyId, key(), locale()));
  }

  /** Each action is its own request: a double click does it once, a new click again. */
  private static String key() {
    return UUID.randomUUID().toString();
  }

  public boolean isBody() {
    return side == MediationCases.Side.BODY;
  }

  public boolean isStation() {
    return side == MediationCases.Side.STATION;
  }

  /** The last session ended in agreement: the agreement is drawn up next. */
  public boolean isAgreementDue() {
    List<MediationViews.RoundView> rounds = detail.rounds();
    return detail.status() == DisputeStatus.IN_MEDIATION
        && !rounds.isEmpty()
        && rounds.get(rounds.size() - 1).result() == RoundResult.SETTLED;
  }

  public boolean isWrittenAgreement() {
    return detail.agreementKind() == AgreementKind.WRITTEN
        && (detail.status() == DisputeStatus.SETTLED || detail.status() == DisputeStatus.CLOSED);
  }

  public StreamedContent getHandoverPdf() {
    return Pdfs.download(forms.handover(no, Pdfs.OFFICIAL));
  }

  public StreamedContent getAgreementPdf() {
    return Pdfs.download(forms.agreement(no, Pdfs.OFFICIAL));
  }

  public StreamedContent getReferralPdf() {
    return Pdfs.download(forms.referral(no, Pdfs.OFFICIAL));
  }

  public RoundResult[] getResults() {
    return RoundResult.values();
  }

  public AgreementKind[] getAgreementKinds() {
    return AgreementKind.values();
  }

  public Referral[] getReferrals() {
    return Referral.values();
  }

  public FollowUpResult[] getFollowUpResults() {
    return FollowUpResult.values();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getNo() {
    return no;
  }

  public void setNo(String no) {
    this.no = no;
  }

  public MediationViews.Detail getDetail() {
    return detail;
  }

  public List<MediationViews.BodyOption> getBodies() {
    return bodies;
  }

  public String getBodyId() {
    return bodyId;
  }

  public void setBodyId(String bodyId) {
    this.bodyId = bodyId;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public void setReturnReason(String returnReason) {
    this.returnReason = returnReason;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getMediators() {
    return mediators;
  }

  public void setMediators(String mediators) {
    this.mediators = mediators;
  }

  public String getAttendees() {
    return attendees;
  }

  public void setAttendees(String attendees) {
    this.attendees = attendees;
  }

  public String getRecord() {
    return record;
  }

  public void setRecord(String record) {
    this.record = record;
  }

  public RoundResult getResult() {
    return result;
  }

  public void setResult(RoundResult result) {
    this.result = result;
  }

  public AgreementKind getAgreementKind() {
    return agreementKind;
  }

  public void setAgreementKind(AgreementKind agreementKind) {
    this.agreementKind = agreementKind;
  }

  public String getFacts() {
    return facts;
  }

  public void setFacts(String facts) {
    this.facts = facts;
  }

  public String getMatters() {
    return matters;
  }

  public void setMatters(String matters) {
    this.matters = matters;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getPerformanceManner() {
    return performanceManner;
  }

  public void setPerformanceManner(String performanceManner) {
    this.performanceManner = performanceManner;
  }

  public LocalDate getPerformanceDue() {
    return performanceDue;
  }

  public void setPerformanceDue(LocalDate performanceDue) {
    this.performanceDue = performanceDue;
  }

  public Referral getReferral() {
    return referral;
  }

  public void setReferral(Referral referral) {
    this.referral = referral;
  }

  public String getReferralNote() {
    return referralNote;
  }

  public void setReferralNote(String referralNote) {
    this.referralNote = referralNote;
  }

  public FollowUpResult getFollowUpResult() {
    return followUpResult;
  }

  public void setFollowUpResult(FollowUpResult followUpResult) {
    this.followUpResult = followUpResult;
  }

  public String getFollowUpNote() {
    return followUpNote;
  }

  public void setFollowUpNote(String followUpNote) {
    this.followUpNote = followUpNote;
  }

  public boolean isReopen() {
    return reopen;
  }

  public void setReopen(boolean reopen) {
    this.reopen = reopen;
  }
}
