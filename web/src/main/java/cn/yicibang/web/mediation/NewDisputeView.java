package cn.yicibang.web.mediation;

import cn.yicibang.domain.mediation.DisputeSource;
import cn.yicibang.domain.mediation.IdKind;
import cn.yicibang.domain.mediation.PartyRole;
import cn.yicibang.domain.mediation.Urgency;
import cn.yicibang.domain.registry.Sex;
import cn.yicibang.ejb.mediation.MediationFormPrinting;
import cn.yicibang.ejb.mediation.MediationIntake;
import cn.yicibang.ejb.mediation.MediationViews;
import cn.yicibang.ejb.mediation.NewDispute;
import cn.yicibang.web.printing.Pdfs;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.primefaces.model.StreamedContent;

/**
 * mediation/new.xhtml: the station officer takes a dispute down — source, type, place down to the
 * unit, summary, the parties with their consent — sees where it is proposed to go, confirms or
 * picks another body, hands it over and prints the handover letter. What was typed survives every
 * refusal.
 */
@Named
@ViewScoped
public class NewDisputeView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private MediationIntake intake;

  @Inject private MediationFormPrinting forms;

  private DisputeSource source = DisputeSource.CALL;
  private String sourceRef;
  private String type;
  private String village;
  private String grid;
  private String unit;
  private String placeText;
  private String summary;
  private Urgency urgency = Urgency.NORMAL;
  private final List<PartyRow> parties = new ArrayList<>();
  private MediationViews.Proposal proposal;
  private String bodyId;
  private MediationViews.Detail handedOver;
  private final String idempotencyKey = UUID.randomUUID().toString();
  private transient List<MediationViews.TypeOption> types;
  private transient List<MediationViews.PlaceOption> villages;
  private List<MediationViews.PlaceOption> grids = List.of();
  private List<MediationViews.PlaceOption> units = List.of();

  /** One party as typed: from the register by identity number, or with a document. */
  public static class PartyRow implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
    private PartyRole role;
    private boolean inRegister = true;
    private String residentId;
    private String name;
    private IdKind idKind = IdKind.PASSPORT;
    private String idNumber;
    private Sex sex;
    private String phone;
    private String address;
    private boolean consent;
    private String found;

    PartyRow(PartyRole role) {
      this.role = role;
    }

    NewDispute.NewParty toNew() {
      return inRegister
          ? new NewDispute.NewParty(
              role, residentId, null, null, null, null, phone, address, consent)
          : new NewDispute.NewParty(
              role, null, name, idKind, idNumber, sex, phone, address, consent);
    }

    public PartyRole getRole() {
      return role;
    }

    public void setRole(PartyRole role) {
      this.role = role;
    }

    public boolean isInRegister() {
      return inRegister;
    }

    public void setInRegister(boolean inRegister) {
      this.inRegister = inRegister;
    }

    public String getResidentId() {
      return residentId;
    }

    public void setResidentId(String residentId) {
      this.residentId = residentId;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public IdKind getIdKind() {
      return idKind;
    }

    public void setIdKind(IdKind idKind) {
      this.idKind = idKind;
    }

    public String getIdNumber() {
      return idNumber;
    }

    public void setIdNumber(String idNumber) {
      this.idNumber = idNumber;
    }

    public Sex getSex() {
      return sex;
    }

    public void setSex(Sex sex) {
      this.sex = sex;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }

    public boolean isConsent() {
      return consent;
    }

    public void setConsent(boolean consent) {
      this.consent = consent;
    }

    /** The register's name for the identity number typed, once looked up. */
    public String getFound() {
      return found;
    }
  }

  public NewDisputeView() {
    parties.add(new PartyRow(PartyRole.APPLICANT));
    parties.add(new PartyRow(PartyRole.RESPONDENT));
  }

  public void addParty() {
    parties.add(new PartyRow(PartyRole.RESPONDENT));
  }

  public void removeParty(PartyRow row) {
    parties.remove(row);
  }

  /** Looks the party up in the register, so the officer sees whom the number names. */
  public void lookUp(PartyRow row) {
    row.found = null;
    if (row.residentId != null && !row.residentId.isBlank()) {
      MediationViews.Resident r = intake.resident(row.residentId, locale());
      row.found = r.name() + " · " + r.sex() + " · " + r.address();
    }
  }

  /** Another type may go to another body: the proposal is made again. */
  public void typeChanged() {
    proposal = null;
  }

  public void villageChanged() {
    grid = null;
    unit = null;
    units = List.of();
    grids = village == null || village.isBlank() ? List.of() : intake.places(village, locale());
    proposal = null;
  }

  public void gridChanged() {
    unit = null;
    units = grid == null || grid.isBlank() ? List.of() : intake.places(grid, locale());
    proposal = null;
  }

  /** Where the dispute would go: the proposed body first. */
  public void propose() {
    proposal = intake.proposal(type, placeCode(), locale());
    bodyId = proposal.proposed().id();
  }

  public void handOver() {
    List<NewDispute.NewParty> given = parties.stream().map(PartyRow::toNew).toList();
    handedOver =
        intake.receive(
            new NewDispute(
                source, sourceRef, type, placeCode(), placeText, summary, urgency, given, bodyId),
            idempotencyKey,
            locale());
  }

  public StreamedContent getHandoverPdf() {
    return Pdfs.download(forms.handover(handedOver.caseNo(), Pdfs.OFFICIAL));
  }

  private String placeCode() {
    return unit != null && !unit.isBlank()
        ? unit
        : grid != null && !grid.isBlank() ? grid : village;
  }

  public List<MediationViews.TypeOption> getTypes() {
    if (types == null) {
      types = intake.types(locale());
    }
    return types;
  }

  public List<MediationViews.PlaceOption> getVillages() {
    if (villages == null) {
      villages = intake.places(null, locale());
    }
    return villages;
  }

  /** The grids of the village chosen, read once when it was chosen. */
  public List<MediationViews.PlaceOption> getGrids() {
    return grids;
  }

  /** The units of the grid chosen, read once when it was chosen. */
  public List<MediationViews.PlaceOption> getUnits() {
    return units;
  }

  public List<MediationViews.BodyOption> getBodies() {
    if (proposal == null) {
      return List.of();
    }
    List<MediationViews.BodyOption> all = new ArrayList<>();
    all.add(proposal.proposed());
    all.addAll(proposal.alternatives());
    return all;
  }

  public DisputeSource[] getSources() {
    return DisputeSource.values();
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public PartyRole[] getRoles() {
    return PartyRole.values();
  }

  public IdKind[] getIdKinds() {
    return java.util.Arrays.stream(IdKind.values())
        .filter(k -> k != IdKind.RESIDENT_ID)
        .toArray(IdKind[]::new);
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public DisputeSource getSource() {
    return source;
  }

  public void setSource(DisputeSource source) {
    this.source = source;
  }

  public String getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(String sourceRef) {
    this.sourceRef = sourceRef;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getVillage() {
    return village;
  }

  public void setVillage(String village) {
    this.village = village;
  }

  public String getGrid() {
    return grid;
  }

  public void setGrid(String grid) {
    this.grid = grid;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getPlaceText() {
    return placeText;
  }

  public void setPlaceText(String placeText) {
    this.placeText = placeText;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public List<PartyRow> getParties() {
    return parties;
  }

  public MediationViews.Proposal getProposal() {
    return proposal;
  }

  public String getBodyId() {
    return bodyId;
  }

  public void setBodyId(String bodyId) {
    this.bodyId = bodyId;
  }

  public MediationViews.Detail getHandedOver() {
    return handedOver;
  }
}
