package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.Destination;
import cn.yicibang.domain.household.Material;
import cn.yicibang.domain.household.MaterialCondition;
import cn.yicibang.domain.household.MoveInDeclaration;
import cn.yicibang.domain.household.OperationRule;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.registry.Ethnicity;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.ejb.household.ChangeDetail;
import cn.yicibang.ejb.household.ItemCatalogue;
import cn.yicibang.ejb.household.MoverView;
import cn.yicibang.ejb.household.Moves;
import cn.yicibang.ejb.household.NewMove;
import cn.yicibang.ejb.household.NewMoveIn;
import cn.yicibang.ejb.registry.PersonRecord;
import cn.yicibang.ejb.registry.RegisterLookup;
import cn.yicibang.web.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * household/move.xhtml: the counter takes a move — inside the district at the receiving station
 * (the movers named by their identity numbers, wherever they live; into an existing household or a
 * new one), out of the district at the movers' station, or into it from elsewhere. Submitted once:
 * the page's own key makes a second click return the same case.
 */
@Named
@ViewScoped
public class MoveView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private Moves moves;

  @Inject private RegisterLookup lookup;

  @Inject private ItemCatalogue catalogue;

  private final String submissionKey = UUID.randomUUID().toString();

  private String kindParam;
  private String personParam;
  private RegisterOperation kind = RegisterOperation.MOVE_WITHIN;

  private String moverIds;
  private List<MoverView> movers = new ArrayList<>();

  /**
   * Each mover's relation to the head they join, by identity number, as the page's menus give it.
   */
  private final Map<String, String> relations = new LinkedHashMap<>();

  private boolean intoExisting = true;
  private String householdNo;
  private MoverView household;
  private String newAddress;
  private String newDivision;
  private String oldHouseholdNewHead;
  private String destinationText;

  private String inResidentId;
  private String inName;
  private String inEthnicity = "01";
  private String inBirthplace;
  private String inOrigin;
  private String inCertificateNo;
  private String inAuthority;
  private RelationToHead inRelation;

  private ApplicantRelation applicantRelation = ApplicantRelation.SELF;
  private String applicantName;
  private String applicantResidentId;
  private String[] materialsSeen = new String[0];
  private String reason;

  private ChangeDetail result;

  private transient Map<RegisterOperation, OperationRule> rules;
  private transient Map<String, Material> materials;

  /** Opens the page for a kind of move and, from a register record, its person. */
  public void load() {
    if (kindParam != null && movers.isEmpty() && result == null) {
      try {
        kind = RegisterOperation.valueOf(kindParam);
      } catch (IllegalArgumentException ignored) {
        // a mangled link: the clerk chooses
      }
      if (personParam != null && !personParam.isBlank()) {
        try {
          PersonRecord p = lookup.open(UUID.fromString(personParam));
          moverIds = p.residentId();
          findMovers();
        } catch (IllegalArgumentException ignored) {
          // a mangled link: the clerk enters the numbers
        }
      }
    }
  }

  /**
   * Looks the movers up by the numbers entered, one per line; the applicant defaults to the first.
   */
  public void findMovers() {
    List<String> ids = new ArrayList<>();
    for (String line : (moverIds == null ? "" : moverIds).split("[\\s,，、]+")) {
      if (!line.isBlank()) {
        ids.add(line.strip());
      }
    }
    movers = moves.movers(ids, locale());
    relations.keySet().retainAll(movers.stream().map(MoverView::residentId).toList());
    movers.forEach(m -> relations.putIfAbsent(m.residentId(), m.relationToHead().name()));
    if (!movers.isEmpty() && (applicantResidentId == null || applicantResidentId.isBlank())) {
      applicantResidentId = movers.get(0).residentId();
      applicantName = movers.get(0).name();
    }
  }

  public void findHousehold() {
    household = moves.household(householdNo, locale()).orElse(null);
    if (household == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          null,
          new jakarta.faces.application.FacesMessage(
              jakarta.faces.application.FacesMessage.SEVERITY_WARN,
              Messages.format(locale(), "household.move.householdUnknown", householdNo),
              null));
    }
  }

  public List<Material> getRequiredMaterials() {
    boolean fresh = kind != RegisterOperation.MOVE_OUT && !intoExisting;
    return rule().materialsFor(MaterialCondition.Facts.ofMove(fresh)).stream()
        .map(code -> materials().get(code))
        .toList();
  }

  public void submit() {
    if (result != null) {
      return; // already taken: the page shows it
    }
    String why =
        reason == null || reason.isBlank()
            ? Messages.format(locale(), "move.defaultReason")
            : reason;
    if (kind == RegisterOperation.MOVE_IN) {
      result =
          moves.declareIn(
              () ->
                  new NewMoveIn(
                      new MoveInDeclaration(
                          inResidentId,
                          inName,
                          inEthnicity,
                          inBirthplace,
                          inOrigin,
                          inCertificateNo,
                          inAuthority,
                          destination(),
                          inRelation),
                      applicantRelation,
                      applicantName,
                      applicantResidentId,
                      why,
                      new HashSet<>(List.of(materialsSeen))),
              submissionKey,
              locale());
      return;
    }
    List<String> ids = movers.stream().map(MoverView::residentId).toList();
    result =
        moves.declare(
            () ->
                new NewMove(
                    kind,
                    ids,
                    ids.stream()
                        .map(relations::get)
                        .map(r -> r == null || r.isBlank() ? null : RelationToHead.valueOf(r))
                        .toList(),
                    kind == RegisterOperation.MOVE_WITHIN ? destination() : null,
                    destinationText,
                    oldHouseholdNewHead,
                    applicantRelation,
                    applicantName,
                    applicantResidentId,
                    why,
                    new HashSet<>(List.of(materialsSeen))),
            submissionKey,
            locale());
  }

  private Destination destination() {
    return intoExisting
        ? new Destination(householdNo, null, null)
        : new Destination(null, newAddress, newDivision);
  }

  private OperationRule rule() {
    if (rules == null) {
      rules = new EnumMap<>(RegisterOperation.class);
    }
    return rules.computeIfAbsent(kind, k -> catalogue.operationRule(k));
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

  public RegisterOperation[] getKinds() {
    return new RegisterOperation[] {
      RegisterOperation.MOVE_WITHIN, RegisterOperation.MOVE_OUT, RegisterOperation.MOVE_IN
    };
  }

  public RelationToHead[] getRelationChoices() {
    return RelationToHead.values();
  }

  public ApplicantRelation[] getApplicantRelations() {
    return new ApplicantRelation[] {ApplicantRelation.SELF, ApplicantRelation.HEAD_OF_HOUSEHOLD};
  }

  public List<Ethnicity> getEthnicities() {
    return catalogue.ethnicities();
  }

  public String getKindParam() {
    return kindParam;
  }

  public void setKindParam(String kindParam) {
    this.kindParam = kindParam;
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

  public String getMoverIds() {
    return moverIds;
  }

  public void setMoverIds(String moverIds) {
    this.moverIds = moverIds;
  }

  public List<MoverView> getMovers() {
    return movers;
  }

  public Map<String, String> getRelations() {
    return relations;
  }

  public boolean isIntoExisting() {
    return intoExisting;
  }

  public void setIntoExisting(boolean intoExisting) {
    this.intoExisting = intoExisting;
  }

  public String getHouseholdNo() {
    return householdNo;
  }

  public void setHouseholdNo(String householdNo) {
    this.householdNo = householdNo;
  }

  public MoverView getHousehold() {
    return household;
  }

  public String getNewAddress() {
    return newAddress;
  }

  public void setNewAddress(String newAddress) {
    this.newAddress = newAddress;
  }

  public String getNewDivision() {
    return newDivision;
  }

  public void setNewDivision(String newDivision) {
    this.newDivision = newDivision;
  }

  public String getOldHouseholdNewHead() {
    return oldHouseholdNewHead;
  }

  public void setOldHouseholdNewHead(String oldHouseholdNewHead) {
    this.oldHouseholdNewHead = oldHouseholdNewHead;
  }

  public String getDestinationText() {
    return destinationText;
  }

  public void setDestinationText(String destinationText) {
    this.destinationText = destinationText;
  }

  public String getInResidentId() {
    return inResidentId;
  }

  public void setInResidentId(String inResidentId) {
    this.inResidentId = inResidentId;
  }

  public String getInName() {
    return inName;
  }

  public void setInName(String inName) {
    this.inName = inName;
  }

  public String getInEthnicity() {
    return inEthnicity;
  }

  public void setInEthnicity(String inEthnicity) {
    this.inEthnicity = inEthnicity;
  }

  public String getInBirthplace() {
    return inBirthplace;
  }

  public void setInBirthplace(String inBirthplace) {
    this.inBirthplace = inBirthplace;
  }

  public String getInOrigin() {
    return inOrigin;
  }

  public void setInOrigin(String inOrigin) {
    this.inOrigin = inOrigin;
  }

  public String getInCertificateNo() {
    return inCertificateNo;
  }

  public void setInCertificateNo(String inCertificateNo) {
    this.inCertificateNo = inCertificateNo;
  }

  public String getInAuthority() {
    return inAuthority;
  }

  public void setInAuthority(String inAuthority) {
    this.inAuthority = inAuthority;
  }

  public RelationToHead getInRelation() {
    return inRelation;
  }

  public void setInRelation(RelationToHead inRelation) {
    this.inRelation = inRelation;
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
