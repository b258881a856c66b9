package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.DeathDeclaration;
import cn.yicibang.domain.household.Material;
import cn.yicibang.domain.household.MaterialCondition;
import cn.yicibang.domain.household.OperationRule;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.ejb.household.ChangeDetail;
import cn.yicibang.ejb.household.Deaths;
import cn.yicibang.ejb.household.HouseholdChanges;
import cn.yicibang.ejb.household.ItemCatalogue;
import cn.yicibang.ejb.household.NewDeath;
import cn.yicibang.ejb.registry.PersonRecord;
import cn.yicibang.ejb.registry.RegisterLookup;
import cn.yicibang.web.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * household/death.xhtml: the counter takes the declaration of a death for a resident opened from
 * the register ({@code ?person=<id>}). When the deceased heads a household with other members, the
 * clerk names the new head among them. Submitted once: the page's own key makes a second click
 * return the same case.
 */
@Named
@ViewScoped
public class DeathView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private Deaths deaths;

  @Inject private RegisterLookup lookup;

  @Inject private ItemCatalogue catalogue;

  private final String submissionKey = UUID.randomUUID().toString();

  private String personParam;
  private PersonRecord person;

  private LocalDate diedOn;
  private DeathDeclaration.Proof proof = DeathDeclaration.Proof.MEDICAL_CERTIFICATE;
  private String certificateNo;

  /** The new head's record id, as the page's menu gives it. */
  private String newHead;

  private ApplicantRelation applicantRelation = ApplicantRelation.RELATIVE;
  private String applicantName;
  private String applicantResidentId;
  private String[] materialsSeen = new String[0];
  private String reason;

  private ChangeDetail result;

  private transient OperationRule rule;
  private transient Map<String, Material> materials;

  public void load() {
    if (person == null && personParam != null && !personParam.isBlank()) {
      try {
        person = lookup.open(UUID.fromString(personParam));
      } catch (IllegalArgumentException ignored) {
        // a mangled link: the page says to open the person from the register
      }
    }
  }

  /** The deceased heads a household in which others live: a new head must be named. */
  public boolean isNewHeadNeeded() {
    return person != null
        && person.relationToHead() == RelationToHead.HEAD
        && person.members().stream().anyMatch(m -> !m.id().equals(person.id()));
  }

  public List<PersonRecord.MemberView> getOtherMembers() {
    return person.members().stream().filter(m -> !m.id().equals(person.id())).toList();
  }

  public List<Material> getRequiredMaterials() {
    boolean late = diedOn != null && rule().late(diedOn, HouseholdChanges.today());
    return rule().materialsFor(new MaterialCondition.Facts(late, false, false)).stream()
        .map(code -> materials().get(code))
        .toList();
  }

  public boolean isLate() {
    return diedOn != null && rule().late(diedOn, HouseholdChanges.today());
  }

  public void submit() {
    if (result != null) {
      return; // already taken: the page shows it
    }
    result =
        deaths.declare(
            () ->
                new NewDeath(
                    person.id(),
                    null,
                    new DeathDeclaration(diedOn, proof, certificateNo, null),
                    isNewHeadNeeded() && newHead != null && !newHead.isBlank()
                        ? UUID.fromString(newHead)
                        : null,
                    applicantRelation,
                    applicantName,
                    applicantResidentId,
                    reason == null || reason.isBlank()
                        ? Messages.format(locale(), "death.defaultReason")
                        : reason,
                    new HashSet<>(List.of(materialsSeen))),
            submissionKey,
            locale());
  }

  private OperationRule rule() {
    if (rule == null) {
      rule = catalogue.operationRule(RegisterOperation.DEATH);
    }
    return rule;
  }

  private Map<String, Material> materials() {
    if (materials == null) {
      materials = new HashMap<>();
      catalogue.materials().forEach(m -> materials.put(m.code(), m));
    }
    return materials;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public DeathDeclaration.Proof[] getProofs() {
    return DeathDeclaration.Proof.values();
  }

  public ApplicantRelation[] getRelations() {
    return new ApplicantRelation[] {
      ApplicantRelation.RELATIVE, ApplicantRelation.HEAD_OF_HOUSEHOLD
    };
  }

  public LocalDate getToday() {
    return HouseholdChanges.today();
  }

  public String getPersonParam() {
    return personParam;
  }

  public void setPersonParam(String personParam) {
    this.personParam = personParam;
  }

  public PersonRecord getPerson() {
    return person;
  }

  public LocalDate getDiedOn() {
    return diedOn;
  }

  public void setDiedOn(LocalDate diedOn) {
    this.diedOn = diedOn;
  }

  public DeathDeclaration.Proof getProof() {
    return proof;
  }

  public void setProof(DeathDeclaration.Proof proof) {
    this.proof = proof;
  }

  public String getCertificateNo() {
    return certificateNo;
  }

  public void setCertificateNo(String certificateNo) {
    this.certificateNo = certificateNo;
  }

  public String getNewHead() {
    return newHead;
  }

  public void setNewHead(String newHead) {
    this.newHead = newHead;
  }

  public ApplicantRelation getApplicantRelation() {
    return applicantRelation;
  }

  public void setApplicantRelation(ApplicantRelation applicantRelation) {
    this.applicantRelation = applicantRelation;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public void setApplicantName(String applicantName) {
    this.applicantName = applicantName;
  }

  public String getApplicantResidentId() {
    return applicantResidentId;
  }

  public void setApplicantResidentId(String applicantResidentId) {
    this.applicantResidentId = applicantResidentId;
  }

  public String[] getMaterialsSeen() {
    return materialsSeen;
  }

  public void setMaterialsSeen(String[] materialsSeen) {
    this.materialsSeen = materialsSeen == null ? new String[0] : materialsSeen.clone();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public ChangeDetail getResult() {
    return result;
  }
}
