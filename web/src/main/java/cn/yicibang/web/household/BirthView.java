package cn.yicibang.web.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.BirthDeclaration;
import cn.yicibang.domain.household.BirthDeclaration.Parent;
import cn.yicibang.domain.household.Material;
import cn.yicibang.domain.household.MaterialCondition;
import cn.yicibang.domain.household.OperationRule;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.registry.Ethnicity;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.registry.Sex;
import cn.yicibang.ejb.household.Births;
import cn.yicibang.ejb.household.ChangeDetail;
import cn.yicibang.ejb.household.HouseholdChanges;
import cn.yicibang.ejb.household.ItemCatalogue;
import cn.yicibang.ejb.household.NewBirth;
import cn.yicibang.ejb.registry.PersonSummary;
import cn.yicibang.ejb.registry.RegisterLookup;
import cn.yicibang.web.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * household/birth.xhtml: the counter takes the declaration of a birth. The parents are looked up in
 * the register by identity number (their names come from it); the materials asked for follow the
 * declaration (late, married parents, a declarant who is not a parent). Nothing is saved until
 * submitted, once: the page's own key makes a second click return the same case.
 */
@Named
@ViewScoped
public class BirthView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private Births births;

  @Inject private RegisterLookup lookup;

  @Inject private ItemCatalogue catalogue;

  /** Sent with the submission: a second submission of this page is the same request. */
  private final String submissionKey = UUID.randomUUID().toString();

  private String motherResidentId;
  private String motherName;
  private String fatherResidentId;
  private String fatherName;
  private Parent joins = Parent.MOTHER;

  private String name;
  private Sex sex;
  private LocalDate birthDate;
  private String birthplace;
  private String ethnicityCode = "01";
  private String certificateNo;
  private String surnameFrom = "FATHER";
  private String surnameReason;
  private boolean parentsMarried = true;

  private ApplicantRelation applicantRelation = ApplicantRelation.GUARDIAN;
  private String applicantName;
  private String applicantResidentId;
  private String[] materialsSeen = new String[0];
  private String reason;

  private ChangeDetail result;

  private transient OperationRule rule;
  private transient Map<String, Material> materials;

  /** Looks both parents up in the register; their names, and the declarant, follow. */
  public void findParents() {
    motherName = registeredName(motherResidentId, motherName);
    fatherName = registeredName(fatherResidentId, fatherName);
    if (applicantResidentId == null || applicantResidentId.isBlank()) {
      applicantResidentId = joins == Parent.MOTHER ? motherResidentId : fatherResidentId;
      applicantName = joins == Parent.MOTHER ? motherName : fatherName;
    }
    if (birthplace == null || birthplace.isBlank()) {
      birthplace = Messages.format(locale(), "birth.defaultBirthplace");
    }
  }

  /** The register's name for a number, or what was typed when the register does not have it. */
  private String registeredName(String residentId, String typed) {
    if (residentId == null || residentId.isBlank()) {
      return typed;
    }
    ResidentId.of(residentId); // a mistyped number is refused here, with the reason
    List<PersonSummary> found = lookup.search(residentId.strip());
    return found.size() == 1 ? found.get(0).name() : typed;
  }

  /** The materials this declaration needs, by the catalogue's rule, in a stable order. */
  public List<Material> getRequiredMaterials() {
    boolean byParent =
        applicantResidentId != null
            && (applicantResidentId.strip().equalsIgnoreCase(nullToEmpty(motherResidentId))
                || applicantResidentId.strip().equalsIgnoreCase(nullToEmpty(fatherResidentId)));
    boolean late = birthDate != null && rule().late(birthDate, HouseholdChanges.today());
    return rule()
        .materialsFor(
            new MaterialCondition.Facts(
                late, parentsMarried, !byParent && applicantRelation == ApplicantRelation.GUARDIAN))
        .stream()
        .map(code -> materials().get(code))
        .toList();
  }

  public void submit() {
    if (result != null) {
      return; // already taken: the page shows it
    }
    Parent surname = "OTHER".equals(surnameFrom) ? null : Parent.valueOf(surnameFrom);
    result =
        births.declare(
            () ->
                new NewBirth(
                    new BirthDeclaration(
                        name,
                        sex,
                        birthDate,
                        birthplace,
                        ethnicityCode,
                        certificateNo,
                        motherResidentId,
                        motherName,
                        fatherResidentId,
                        fatherName,
                        joins,
                        surname,
                        surnameReason,
                        parentsMarried),
                    applicantRelation,
                    applicantName,
                    applicantResidentId,
                    reason == null || reason.isBlank()
                        ? Messages.format(locale(), "birth.defaultReason")
                        : reason,
                    new HashSet<>(List.of(materialsSeen))),
            submissionKey,
            locale());
  }

  private OperationRule rule() {
    if (rule == null) {
      rule = catalogue.operationRule(RegisterOperation.BIRTH);
    }
    return rule;
  }

  private Map<String, Material> materials() {
    if (materials == null) {
      materials = new java.util.HashMap<>();
      catalogue.materials().forEach(m -> materials.put(m.code(), m));
    }
    return materials;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s.strip();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public List<Ethnicity> getEthnicities() {
    return catalogue.ethnicities();
  }

  public Parent[] getParents() {
    return Parent.values();
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public ApplicantRelation[] getRelations() {
    return new ApplicantRelation[] {
      ApplicantRelation.GUARDIAN, ApplicantRelation.HEAD_OF_HOUSEHOLD
    };
  }

  public LocalDate getToday() {
    return HouseholdChanges.today();
  }

  /** For the page: a declaration that the catalogue makes late. */
  public boolean isLate() {
    try {
      return birthDate != null && rule().late(birthDate, HouseholdChanges.today());
    } catch (BusinessException e) {
      return false;
    }
  }

  public String getMotherResidentId() {
    return motherResidentId;
  }

  public void setMotherResidentId(String motherResidentId) {
    this.motherResidentId = motherResidentId;
  }

  public String getMotherName() {
    return motherName;
  }

  public void setMotherName(String motherName) {
    this.motherName = motherName;
  }

  public String getFatherResidentId() {
    return fatherResidentId;
  }

  public void setFatherResidentId(String fatherResidentId) {
    this.fatherResidentId = fatherResidentId;
  }

  public String getFatherName() {
    return fatherName;
  }

  public void setFatherName(String fatherName) {
    this.fatherName = fatherName;
  }

  public Parent getJoins() {
    return joins;
  }

  public void setJoins(Parent joins) {
    this.joins = joins;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getBirthplace() {
    return birthplace;
  }

  public void setBirthplace(String birthplace) {
    this.birthplace = birthplace;
  }

  public String getEthnicityCode() {
    return ethnicityCode;
  }

  public void setEthnicityCode(String ethnicityCode) {
    this.ethnicityCode = ethnicityCode;
  }

  public String getCertificateNo() {
    return certificateNo;
  }

  public void setCertificateNo(String certificateNo) {
    this.certificateNo = certificateNo;
  }

  public String getSurnameFrom() {
    return surnameFrom;
  }

  public void setSurnameFrom(String surnameFrom) {
    this.surnameFrom = surnameFrom;
  }

  public String getSurnameReason() {
    return surnameReason;
  }

  public void setSurnameReason(String surnameReason) {
    this.surnameReason = surnameReason;
  }

  public boolean isParentsMarried() {
    return parentsMarried;
  }

  public void setParentsMarried(boolean parentsMarried) {
    this.parentsMarried = parentsMarried;
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
