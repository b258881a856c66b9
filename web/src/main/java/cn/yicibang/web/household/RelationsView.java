package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.Material;
import cn.yicibang.domain.household.MaterialCondition;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.ejb.household.ChangeDetail;
import cn.yicibang.ejb.household.HouseholdRelations;
import cn.yicibang.ejb.household.ItemCatalogue;
import cn.yicibang.ejb.household.MoverView;
import cn.yicibang.ejb.household.NewRelations;
import cn.yicibang.web.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * household/relations.xhtml: the counter takes a new head of household or a changed relation to the
 * head, for the household of a resident opened from the register ({@code ?person=<id>}): each
 * member's relation now and what it becomes; only the members whose relation changes are declared.
 */
@Named
@ViewScoped
public class RelationsView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private HouseholdRelations relations;

  @Inject private ItemCatalogue catalogue;

  private final String submissionKey = UUID.randomUUID().toString();

  private String personParam;
  private RegisterOperation kind = RegisterOperation.HEAD_CHANGE;
  private List<MoverView> members = new ArrayList<>();

  /** Each member's relation after the change, by identity number, as the page's menus give it. */
  private final Map<String, String> after = new LinkedHashMap<>();

  private ApplicantRelation applicantRelation = ApplicantRelation.HEAD_OF_HOUSEHOLD;
  private String applicantName;
  private String applicantResidentId;
  private String[] materialsSeen = new String[0];
  private String reason;
  private ChangeDetail result;

  private transient Map<String, Material> materials;

  public void load() {
    if (members.isEmpty() && personParam != null && !personParam.isBlank()) {
      try {
        members = relations.members(UUID.fromString(personParam), locale());
      } catch (IllegalArgumentException ignored) {
        return; // a mangled link: the page says to open a resident from the register
      }
      members.forEach(m -> after.put(m.residentId(), m.relationToHead().name()));
      members.stream()
          .filter(m -> m.relationToHead() == RelationToHead.HEAD)
          .findFirst()
          .ifPresent(
              h -> {
                applicantName = h.name();
                applicantResidentId = h.residentId();
              });
    }
  }

  public List<Material> getRequiredMaterials() {
    if (materials == null) {
      materials = new HashMap<>();
      catalogue.materials().forEach(m -> materials.put(m.code(), m));
    }
    return catalogue
        .operationRule(kind)
        .materialsFor(new MaterialCondition.Facts(false, false, false))
        .stream()
        .map(materials::get)
        .toList();
  }

  public void submit() {
    if (result != null) {
      return; // already taken: the page shows it
    }
    List<String> ids = new ArrayList<>();
    List<RelationToHead> newRelations = new ArrayList<>();
    for (MoverView m : members) {
      RelationToHead r = RelationToHead.valueOf(after.get(m.residentId()));
      if (r != m.relationToHead()) {
        ids.add(m.residentId());
        newRelations.add(r);
      }
    }
    String why =
        reason == null || reason.isBlank()
            ? Messages.format(locale(), "relations.defaultReason")
            : reason;
    result =
        relations.declare(
            () ->
                new NewRelations(
                    kind,
                    ids,
                    newRelations,
                    applicantRelation,
                    applicantName,
                    applicantResidentId,
                    why,
                    new HashSet<>(List.of(materialsSeen))),
            submissionKey,
            locale());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public RegisterOperation[] getKinds() {
    return new RegisterOperation[] {
      RegisterOperation.HEAD_CHANGE, RegisterOperation.RELATION_CHANGE
    };
  }

  public RelationToHead[] getRelationChoices() {
    return RelationToHead.values();
  }

  public ApplicantRelation[] getApplicantRelations() {
    return new ApplicantRelation[] {ApplicantRelation.HEAD_OF_HOUSEHOLD, ApplicantRelation.SELF};
  }

  public String getPersonParam() {
    return personParam;
  }

  public void setPersonParam(String personParam) {
    this.personParam = personParam;
  }

  public RegisterOperation getKind() {
    return kind;
  }

  public void setKind(RegisterOperation kind) {
    this.kind = kind;
  }

  public List<MoverView> getMembers() {
    return members;
  }

  public Map<String, String> getAfter() {
    return after;
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
