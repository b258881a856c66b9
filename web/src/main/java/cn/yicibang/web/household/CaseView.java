package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApplicationStatus;
import cn.yicibang.domain.household.BirthDeclaration;
import cn.yicibang.domain.household.DeathDeclaration;
import cn.yicibang.domain.household.RefusalGround;
import cn.yicibang.ejb.household.Approvals;
import cn.yicibang.ejb.household.ChangeCases;
import cn.yicibang.ejb.household.ChangeDetail;
import cn.yicibang.ejb.household.ChangeForm;
import cn.yicibang.ejb.household.ChangeFormPrinting;
import cn.yicibang.ejb.household.Decision;
import cn.yicibang.ejb.household.DecisionKind;
import cn.yicibang.ejb.household.HouseholdChanges;
import cn.yicibang.ejb.household.ItemCatalogue;
import cn.yicibang.ejb.printing.PrintedDocument;
import cn.yicibang.web.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.primefaces.model.StreamedContent;

/**
 * household/case.xhtml: one application with its timeline, its forms, and what the viewer may do
 * now — the counter supplies materials or resubmits, an approver at the case's level takes and
 * decides it.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ChangeCases cases;

  @Inject private HouseholdChanges counter;

  @Inject private Approvals approvals;

  @Inject private ChangeFormPrinting forms;

  @Inject private ItemCatalogue catalogue;

  @Inject private cn.yicibang.ejb.household.CaseFollowUp followUp;

  private String idParam;
  private ChangeDetail detail;

  /** Whether the caller decides {@link #decidesNowFor} at its present level. */
  private Boolean decidesNow;

  private ChangeDetail decidesNowFor;
  private List<cn.yicibang.ejb.household.CaseFollowUp.Duty> duties;
  private List<cn.yicibang.ejb.household.CaseFollowUp.Delivery> deliveries;
  private String opinion;
  private String refusalGround;
  private String[] supplied = new String[0];
  private transient Map<String, String> materialNames;
  private transient Map<String, String> ethnicityNames;

  public void load() {
    if (detail == null && idParam != null) {
      try {
        detail = cases.byId(UUID.fromString(idParam), locale());
      } catch (IllegalArgumentException e) {
        detail = cases.byAcceptanceNo(idParam, locale());
      }
    }
  }

  /**
   * The duties the case raised, and each department's delivery; read once per state of the case.
   */
  private void followUp() {
    duties = followUp.duties(detail.id());
    deliveries = followUp.deliveries(detail.id(), locale());
  }

  /** The counter records a follow-on duty done. */
  public void dutyDone(java.util.UUID dutyId) {
    followUp.done(dutyId);
    followUp();
  }

  public List<cn.yicibang.ejb.household.CaseFollowUp.Duty> getDuties() {
    if (duties == null && detail != null) {
      followUp();
    }
    return duties;
  }

  public List<cn.yicibang.ejb.household.CaseFollowUp.Delivery> getDeliveries() {
    if (deliveries == null && detail != null) {
      followUp();
    }
    return deliveries;
  }

  public void take() {
    try {
      detail = approvals.take(detail.id(), locale());
    } catch (cn.yicibang.domain.BusinessException e) {
      detail = cases.byId(detail.id(), locale());
      throw e;
    }
  }

  public void release() {
    detail = approvals.release(detail.id(), locale());
  }

  public void approve() {
    decide(DecisionKind.APPROVE);
  }

  public void sendBack() {
    decide(DecisionKind.SEND_BACK);
  }

  public void refuse() {
    decide(DecisionKind.REFUSE);
  }

  private void decide(DecisionKind kind) {
    try {
      detail =
          approvals.decide(
              detail.id(),
              () -> new Decision(kind, opinion, refusalGround),
              detail.version(),
              null,
              locale());
      opinion = null;
      duties = null;
      deliveries = null;
    } catch (cn.yicibang.domain.BusinessException e) {
      // show the case as it now stands, so the next attempt is not a conflict again
      detail = cases.byId(detail.id(), locale());
      throw e;
    }
  }

  public void supply() {
    detail = counter.supplyMaterials(detail.id(), Set.of(supplied), locale());
    supplied = new String[0];
  }

  public void resubmit() {
    detail = counter.resubmit(detail.id(), opinion, locale());
    opinion = null;
  }

  /** A form of this case as a download; evaluated by the download button itself. */
  public StreamedContent pdf(String slug) {
    PrintedDocument document =
        forms.print(detail.id(), ChangeForm.ofSlug(slug), cn.yicibang.web.printing.Pdfs.OFFICIAL);
    detail = cases.byId(detail.id(), locale());
    return cn.yicibang.web.printing.Pdfs.download(document);
  }

  public boolean isMine() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("COUNTER_CLERK");
  }

  public boolean isInApproval() {
    return detail.status() == ApplicationStatus.IN_APPROVAL;
  }

  public boolean isTakenByMe() {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return me != null && me.equals(detail.takenBy());
  }

  /**
   * True when the case stands at the caller's approval level now: 认领 and the decisions are offered
   * only to whom may press them. Asked once per state of the case.
   */
  public boolean isApprover() {
    if (decidesNow == null || decidesNowFor != detail) {
      var external = FacesContext.getCurrentInstance().getExternalContext();
      decidesNow =
          (external.isUserInRole("STATION_HEAD") || external.isUserInRole("BUREAU_APPROVER"))
              && approvals.decidesNow(detail.id());
      decidesNowFor = detail;
    }
    return decidesNow;
  }

  /** Material names, looked up once per view: the page asks for one per material line. */
  public Map<String, String> getMaterialNames() {
    if (materialNames == null) {
      materialNames = catalogue.materialNames(locale());
    }
    return materialNames;
  }

  /** The grounds that may refuse this case: its operation's, its items', and the general ones. */
  public List<RefusalGround> getRefusalGrounds() {
    List<cn.yicibang.domain.registry.RegisterItem> items =
        detail.items().stream().map(ChangeDetail.Item::item).toList();
    return catalogue.refusalGrounds().stream()
        .filter(g -> g.appliesTo(detail.operation(), items))
        .toList();
  }

  /** A declared fact in words: enum values and codes translated, dates in the user's format. */
  public String particularValue(ChangeDetail.Particular p) {
    String v = p.value();
    Locale locale = locale();
    return switch (p.name()) {
      case BirthDeclaration.SEX -> Messages.format(locale, "enum.Sex." + v);
      case BirthDeclaration.JOINS, BirthDeclaration.SURNAME_FROM ->
          Messages.format(locale, "enum.Parent." + v);
      case DeathDeclaration.PROOF -> Messages.format(locale, "enum.Proof." + v);
      case BirthDeclaration.PARENTS_MARRIED -> Messages.format(locale, "particular.yesNo." + v);
      case BirthDeclaration.ETHNICITY, cn.yicibang.domain.household.MoveInDeclaration.ETHNICITY ->
          ethnicityNames().getOrDefault(v, v);
      case cn.yicibang.domain.household.MoveInDeclaration.RELATION ->
          Messages.format(locale, "enum.RelationToHead." + v);
      case cn.yicibang.domain.household.MoveWithinDeclaration.MOVERS,
          cn.yicibang.domain.household.RelationsDeclaration.MEMBERS -> {
        // masked numbers with the relation each takes, e.g. 350305********1234（子）
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (String mover : v.split(",")) {
          String[] idAndRelation = mover.split(":");
          shown.add(
              Messages.format(
                  locale,
                  "particular.mover",
                  idAndRelation[0],
                  Messages.format(locale, "enum.RelationToHead." + idAndRelation[1])));
        }
        yield String.join(Messages.format(locale, "list.separator"), shown);
      }
      case BirthDeclaration.BIRTH_DATE, DeathDeclaration.DIED_ON ->
          java.time.format.DateTimeFormatter.ofPattern(
                  Messages.format(locale, "format.date"), locale)
              .format(java.time.LocalDate.parse(v));
      default -> v;
    };
  }

  private Map<String, String> ethnicityNames() {
    if (ethnicityNames == null) {
      ethnicityNames = new java.util.HashMap<>();
      catalogue.ethnicities().forEach(e -> ethnicityNames.put(e.code(), e.name(locale())));
    }
    return ethnicityNames;
  }

  public String groundText(RefusalGround g) {
    return g.text(locale());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public ChangeDetail getDetail() {
    return detail;
  }

  public String getOpinion() {
    return opinion;
  }

  public void setOpinion(String opinion) {
    this.opinion = opinion;
  }

  public String getRefusalGround() {
    return refusalGround;
  }

  public void setRefusalGround(String refusalGround) {
    this.refusalGround = refusalGround;
  }

  public String[] getSupplied() {
    return supplied;
  }

  public void setSupplied(String[] supplied) {
    this.supplied = supplied == null ? new String[0] : supplied.clone();
  }
}
