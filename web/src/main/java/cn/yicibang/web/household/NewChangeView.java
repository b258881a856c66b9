package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.ItemRule;
import cn.yicibang.domain.household.Material;
import cn.yicibang.domain.registry.Ethnicity;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.ejb.household.ChangeDetail;
import cn.yicibang.ejb.household.HouseholdChanges;
import cn.yicibang.ejb.household.ItemCatalogue;
import cn.yicibang.ejb.household.NewChange;
import cn.yicibang.ejb.registry.PersonRecord;
import cn.yicibang.ejb.registry.RegisterLookup;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * household/new.xhtml: the counter's wizard for a new change application — the resident, the
 * applicant, the items with their new values, the materials seen and the reason. Nothing is saved
 * until the last step; a refusal (ineligible applicant, invalid value) is shown on the page with
 * everything entered kept.
 */
@Named
@ViewScoped
public class NewChangeView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private RegisterLookup lookup;

  @Inject private HouseholdChanges changes;

  @Inject private ItemCatalogue catalogue;

  private String personParam;
  private PersonRecord person;
  private String query;

  private ApplicantRelation applicantRelation = ApplicantRelation.SELF;
  private String applicantName;
  private String applicantResidentId;
  private boolean childConsent;

  private RegisterItem[] selectedItems = new RegisterItem[0];
  private final Map<RegisterItem, String> newValues = new EnumMap<>(RegisterItem.class);
  private String[] materialsSeen = new String[0];
  private String reason;

  private ChangeDetail result;

  /** Sent with the submission: a second click of this page's button is the same request. */
  private final String submissionKey = java.util.UUID.randomUUID().toString();

  /** The catalogue, read once per view: the page asks for it on every render. */
  private transient Map<RegisterItem, ItemRule> rules;

  /** Opens the wizard for a resident chosen on the lookup page ({@code ?person=<id>}). */
  public void load() {
    if (person == null && personParam != null && !personParam.isBlank()) {
      try {
        choose(UUID.fromString(personParam));
      } catch (IllegalArgumentException ignored) {
        // a mangled link: the clerk searches instead
      }
    }
  }

  public void find() {
    var found = lookup.search(query);
    if (found.size() == 1) {
      choose(found.get(0).id());
    } else {
      person = null;
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          null,
          new jakarta.faces.application.FacesMessage(
              jakarta.faces.application.FacesMessage.SEVERITY_WARN,
              cn.yicibang.web.i18n.Messages.format(
                  faces.getViewRoot().getLocale(), "change.new.chooseOne", found.size()),
              null));
    }
  }

  private void choose(UUID id) {
    person = lookup.open(id);
    applicantName = person.name();
    applicantResidentId = person.residentId();
    applicantRelation = ApplicantRelation.SELF;
  }

  /** Applicant defaults follow the relation: the person, the head, or a guardian to enter. */
  public void relationChanged() {
    if (applicantRelation == ApplicantRelation.SELF) {
      applicantName = person.name();
      applicantResidentId = person.residentId();
    } else {
      applicantName = null;
      applicantResidentId = null;
    }
  }

  /** The materials the chosen items need, in a stable order. */
  public List<Material> getRequiredMaterials() {
    Set<Material> needed = new LinkedHashSet<>();
    for (RegisterItem item : selectedItems) {
      ItemRule rule = rules().get(item);
      if (rule != null) {
        rule.materials().stream()
            .sorted((a, b) -> a.code().compareTo(b.code()))
            .forEach(needed::add);
      }
    }
    return new ArrayList<>(needed);
  }

  public void submit() {
    if (result != null) {
      return; // already taken: the page shows it
    }
    Map<RegisterItem, String> values = new EnumMap<>(RegisterItem.class);
    for (RegisterItem item : selectedItems) {
      values.put(item, newValues.get(item));
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    result =
        changes.start(
            () ->
                new NewChange(
                    person.id(),
                    null,
                    values,
                    applicantRelation,
                    applicantName,
                    applicantResidentId,
                    applicantRelation == ApplicantRelation.GUARDIAN ? childConsent : null,
                    reason,
                    new HashSet<>(List.of(materialsSeen))),
            submissionKey,
            locale);
  }

  public List<RegisterItem> getOpenItems() {
    return new ArrayList<>(
        new TreeSet<>(
            rules().entrySet().stream()
                .filter(e -> e.getValue().enabled())
                .map(Map.Entry::getKey)
                .toList()));
  }

  private Map<RegisterItem, ItemRule> rules() {
    if (rules == null) {
      rules = catalogue.rules();
    }
    return rules;
  }

  public List<Ethnicity> getEthnicities() {
    return catalogue.ethnicities();
  }

  public String currentValue(RegisterItem item) {
    if (person == null) {
      return "";
    }
    return switch (item) {
      case NAME -> person.name();
      case FORMER_NAME -> person.formerNames();
      case ETHNICITY -> person.ethnicityZh();
      case SEX -> String.valueOf(person.sex());
      case BIRTH_DATE -> String.valueOf(person.birthDate());
      case RESIDENT_ID -> person.residentId();
      case ADDRESS -> person.address();
      case EDUCATION -> String.valueOf(person.education());
      case MARITAL_STATUS -> String.valueOf(person.maritalStatus());
      case EMPLOYER -> person.employer();
      case OCCUPATION -> person.occupation();
      case BIRTHPLACE -> person.birthplace();
      case NATIVE_PLACE -> person.nativePlace();
      case STATUS -> String.valueOf(person.status());
      case HOUSEHOLD -> person.household().householdNo();
      case RELATION_TO_HEAD -> String.valueOf(person.relationToHead());
    };
  }

  public boolean isMinor() {
    return person != null
        && java.time.Period.between(person.birthDate(), java.time.LocalDate.now()).getYears() < 18;
  }

  public cn.yicibang.domain.registry.Education[] getEducations() {
    return cn.yicibang.domain.registry.Education.values();
  }

  public ApplicantRelation[] getRelations() {
    return ApplicantRelation.values();
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

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
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

  public boolean isChildConsent() {
    return childConsent;
  }

  public void setChildConsent(boolean childConsent) {
    this.childConsent = childConsent;
  }

  public RegisterItem[] getSelectedItems() {
    return selectedItems;
  }

  public void setSelectedItems(RegisterItem[] selectedItems) {
    this.selectedItems = selectedItems == null ? new RegisterItem[0] : selectedItems.clone();
  }

  public Map<RegisterItem, String> getNewValues() {
    return newValues;
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
