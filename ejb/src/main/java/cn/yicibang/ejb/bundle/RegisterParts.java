package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.bundle.BundleApplication;
import cn.yicibang.domain.bundle.BundleTask;
import cn.yicibang.domain.bundle.TaskStatus;
import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.BirthDeclaration;
import cn.yicibang.domain.household.BirthDeclaration.Parent;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.DeathDeclaration;
import cn.yicibang.domain.household.Destination;
import cn.yicibang.domain.household.MoveInDeclaration;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.registry.Ethnicity;
import cn.yicibang.domain.registry.MaritalStatus;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.registry.Sex;
import cn.yicibang.ejb.household.Births;
import cn.yicibang.ejb.household.Deaths;
import cn.yicibang.ejb.household.HouseholdChanges;
import cn.yicibang.ejb.household.ItemCatalogue;
import cn.yicibang.ejb.household.Moves;
import cn.yicibang.ejb.household.NewBirth;
import cn.yicibang.ejb.household.NewChange;
import cn.yicibang.ejb.household.NewDeath;
import cn.yicibang.ejb.household.NewMoveIn;
import cn.yicibang.ejb.household.Referral;
import cn.yicibang.ejb.printing.FormLabels;
import cn.yicibang.ejb.registry.VisibleResidents;
import cn.yicibang.ejb.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The police parts of the bundles, which the station handles as its own register applications (a
 * birth registration, a deregistration on death, a move in, an item change, a spouse's marital
 * status): filled from the one form and from the result of the part they wait for (the certificate
 * the health bureau or the marriage registry issued). A declaration the station cannot take returns
 * the part to the hall with the station's reason, and the work that released the part stands. Runs
 * in the releasing transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RegisterParts {

  /** A certificate number inside the result a health officer typed, e.g. "出生医学证明 Q350123456". */
  private static final Pattern CERTIFICATE = Pattern.compile("[A-Z0-9]{6,20}");

  /** The station's material for a marital status change, issued by the marriage registration. */
  private static final String MARRIAGE_CERTIFICATE = "MARRIAGE_CERT";

  @Inject private Births births;

  @Inject private Deaths deaths;

  @Inject private Moves moves;

  @Inject private HouseholdChanges householdChanges;

  @Inject private VisibleResidents residents;

  @Inject private ItemCatalogue catalogue;

  /** Declares the newborn of the bundle at the station the part was sent to. */
  public void birth(BundleApplication a, BundleTask t, Caller caller, Instant now) {
    settle(a, t, caller, now, () -> births.refer(t.department(), newBirth(a, t, caller)));
  }

  /** Declares the death of the bundle at the deceased's station. */
  public void death(BundleApplication a, BundleTask t, Caller caller, Instant now) {
    settle(a, t, caller, now, () -> deaths.refer(t.department(), newDeath(a, t)));
  }

  /** Declares the move in of the bundle at the station of the household joined. */
  public void moveIn(BundleApplication a, BundleTask t, Caller caller, Instant now) {
    settle(a, t, caller, now, () -> moves.referIn(t.department(), newMoveIn(a)));
  }

  /** Applies for the item change the one form asks for at the person's station. */
  public void itemChange(BundleApplication a, BundleTask t, Caller caller, Instant now) {
    settle(a, t, caller, now, () -> householdChanges.refer(t.department(), newChange(a, caller)));
  }

  /**
   * Applies for the spouse the part names (its routing field, e.g. {@code bride.residentId}) to be
   * married in the register, at the spouse's station: both spouses stood at the marriage
   * registration and signed the one form, so each is the applicant of their own change, and the
   * certificate the part waited for stands for the marriage certificate.
   */
  public void maritalStatus(BundleApplication a, BundleTask t, Caller caller, Instant now) {
    settle(a, t, caller, now, () -> householdChanges.refer(t.department(), married(a, t)));
  }

  private void settle(
      BundleApplication a,
      BundleTask t,
      Caller caller,
      Instant now,
      java.util.function.Supplier<Referral> refer) {
    Referral r;
    try {
      r = refer.get();
    } catch (BusinessException e) {
      // a fact of the one form the declaration cannot take (built here, before the station)
      r = new Referral(null, e);
    }
    if (r.wasTaken()) {
      a.linkChangeApplication(t, r.taken().id());
      if (r.taken().acceptanceNo() != null) {
        a.accept(t, caller.username(), t.department().id(), now);
      }
    } else {
      a.returnTask(t, sentence(r.refusal()), caller.username(), t.department().id(), now);
    }
  }

  private NewChange newChange(BundleApplication a, Caller caller) {
    Map<String, String> v = a.values();
    String subjectId = v.get(ChangePart.SUBJECT_ID);
    Set<String> seen = new HashSet<>(a.materialsSeen());
    seen.add(ChangePart.SIGNED_FORM);
    return new NewChange(
        null,
        subjectId,
        Map.of(RegisterItem.valueOf(v.get(ChangePart.ITEM)), v.get(ChangePart.NEW_VALUE)),
        relation(caller, a, person(caller, subjectId)),
        a.applicantName(),
        a.applicantResidentId().value(),
        null,
        v.get(ChangePart.REASON),
        seen);
  }

  private NewChange married(BundleApplication a, BundleTask t) {
    Map<String, String> v = a.values();
    String field = t.item().routingField();
    String spouseId = v.get(field);
    String spouseName = v.get(field.substring(0, field.lastIndexOf('.') + 1) + "name");
    Set<String> seen = new HashSet<>(a.materialsSeen());
    seen.add(ChangePart.SIGNED_FORM);
    seen.add(MARRIAGE_CERTIFICATE); // issued in the bundle by the part this one waits for
    String issued = certificateText(t).strip();
    return new NewChange(
        null,
        spouseId,
        Map.of(RegisterItem.MARITAL_STATUS, MaritalStatus.MARRIED.name()),
        ApplicantRelation.SELF,
        spouseName,
        spouseId,
        null,
        issued.isEmpty() ? reason(a) : reason(a) + " " + issued,
        seen);
  }

  /** Who the hall's applicant is to the person: self, head of their household, or guardian. */
  private ApplicantRelation relation(Caller caller, BundleApplication a, Person subject) {
    if (subject == null || a.applicantResidentId().equals(subject.residentId())) {
      return ApplicantRelation.SELF;
    }
    Person applicant = person(caller, a.applicantResidentId().value());
    if (applicant != null
        && applicant.household().equals(subject.household())
        && applicant.relationToHead() == RelationToHead.HEAD) {
      return ApplicantRelation.HEAD_OF_HOUSEHOLD;
    }
    boolean minor =
        Period.between(subject.birthDate(), HouseholdChanges.today()).getYears()
            < ChangeApplication.ADULT_AGE;
    return minor ? ApplicantRelation.GUARDIAN : ApplicantRelation.HEAD_OF_HOUSEHOLD;
  }

  private Person person(Caller caller, String residentId) {
    return residentId == null || !ResidentId.isValid(residentId)
        ? null
        : residents.find(caller, ResidentId.of(residentId)).orElse(null);
  }

  private NewBirth newBirth(BundleApplication a, BundleTask t, Caller caller) {
    Map<String, String> v = a.values();
    String name = v.get("child.name");
    String motherId = v.get("mother.residentId");
    String fatherId = v.get("father.residentId");
    String motherName = v.get("mother.name");
    String fatherName = v.get("father.name");
    Parent joins =
        fatherId != null
                && v.getOrDefault("child.householdNo", "").equals(householdOf(caller, fatherId))
            ? Parent.FATHER
            : Parent.MOTHER;
    Parent surname =
        startsWithSurname(name, fatherName)
            ? Parent.FATHER
            : startsWithSurname(name, motherName) ? Parent.MOTHER : null;
    if (surname == null) {
      throw new BusinessException("bundle.birth.surnameAtCounter");
    }
    Set<String> seen = new HashSet<>();
    // what stands for the station's materials: the one form for the declaration, the certificate
    // issued in the bundle, the cards, booklet and marriage certificate the hall has seen
    seen.add("BIRTH_DECLARATION");
    seen.add("BIRTH_CERT");
    if (a.materialsSeen().contains("ID_CARD")) {
      seen.add("PARENTS_ID_CARDS");
    }
    seen.addAll(stationsOwn(a, RegisterOperation.BIRTH)); // booklet, marriage certificate, late

    String applicantId = a.applicantResidentId().value();
    boolean parent = applicantId.equals(motherId) || applicantId.equals(fatherId);
    return new NewBirth(
        new BirthDeclaration(
            name,
            Sex.valueOf(v.get("child.sex")),
            LocalDate.parse(v.get("child.birthDate")),
            v.getOrDefault("child.birthplace", v.get("birth.facility")),
            ethnicityCode(v.get("child.ethnicity")),
            certificate(t),
            motherId,
            motherName,
            fatherId,
            fatherName,
            joins,
            surname,
            null,
            a.materialsSeen().contains(MARRIAGE_CERTIFICATE)),
        parent ? ApplicantRelation.GUARDIAN : ApplicantRelation.HEAD_OF_HOUSEHOLD,
        a.applicantName(),
        applicantId,
        reason(a),
        seen);
  }

  private NewDeath newDeath(BundleApplication a, BundleTask t) {
    Map<String, String> v = a.values();
    Set<String> seen = new HashSet<>();
    seen.add("DEATH_PROOF"); // issued in the bundle by the part this one waits for
    seen.addAll(stationsOwn(a, RegisterOperation.DEATH)); // the deceased's card, late statement

    String certificate = certificateText(t);
    return new NewDeath(
        null,
        v.get("deceased.residentId"),
        new DeathDeclaration(
            LocalDate.parse(v.get("death.date")),
            DeathDeclaration.Proof.MEDICAL_CERTIFICATE,
            certificate.length() > DeathDeclaration.CERTIFICATE_LENGTH
                ? certificate.substring(0, DeathDeclaration.CERTIFICATE_LENGTH)
                : certificate,
            v.get("deceased.newHeadResidentId")),
        null,
        ApplicantRelation.RELATIVE,
        a.applicantName(),
        a.applicantResidentId().value(),
        reason(a),
        seen);
  }

  private NewMoveIn newMoveIn(BundleApplication a) {
    Map<String, String> v = a.values();
    String host = v.get("host.residentId");
    String applicant = a.applicantResidentId().value();
    Set<String> seen = new HashSet<>();
    for (String code :
        new String[] {"MIGRATION_CERT", "ID_CARD", "MOVE_REASON_PROOF", "HOST_CONSENT"}) {
      if (a.materialsSeen().contains(code)) {
        seen.add(code);
      }
    }
    return new NewMoveIn(
        new MoveInDeclaration(
            v.get("mover.residentId"),
            v.get("mover.name"),
            ethnicityCode(v.get("mover.ethnicity")),
            null,
            v.get("mover.fromAddress"),
            v.get("movein.certificateNo"),
            v.get("movein.certificateAuthority"),
            new Destination(v.get("host.householdNo"), null, null),
            relation(v.get("movein.relationToHost"))),
        applicant.equals(host) ? ApplicantRelation.HEAD_OF_HOUSEHOLD : ApplicantRelation.SELF,
        a.applicantName(),
        applicant,
        reason(a),
        seen);
  }

  /** The materials the hall has seen that the station's rule of the operation names alike. */
  private Set<String> stationsOwn(BundleApplication a, RegisterOperation operation) {
    Set<String> named = catalogue.operationRule(operation).materials().keySet();
    Set<String> own = new HashSet<>();
    a.materialsSeen().stream().filter(named::contains).forEach(own::add);
    return own;
  }

  /** The one form's relation to the head in words (儿媳, 女婿 …) as the register's relation. */
  private static RelationToHead relation(String words) {
    FormLabels zh = FormLabels.of(Locale.SIMPLIFIED_CHINESE);
    String w = words == null ? "" : words.strip();
    for (RelationToHead r : RelationToHead.values()) {
      if (zh.of(r).equals(w) || r.name().equalsIgnoreCase(w)) {
        return r;
      }
    }
    return RelationToHead.OTHER;
  }

  /** The result of the completed part this one waits for: the certificate it issued. */
  private static String certificateText(BundleTask t) {
    return t.application().tasks().stream()
        .filter(o -> t.item().waitsFor().contains(o.item().code()))
        .filter(o -> o.status() == TaskStatus.COMPLETED)
        .map(BundleTask::resultRef)
        .findFirst()
        .orElse("");
  }

  private static String certificate(BundleTask t) {
    Matcher m = CERTIFICATE.matcher(certificateText(t).toUpperCase(Locale.ROOT));
    return m.find() ? m.group() : "";
  }

  private String householdOf(Caller caller, String residentId) {
    return ResidentId.isValid(residentId)
        ? residents
            .find(caller, ResidentId.of(residentId))
            .map(p -> p.household().householdNo())
            .orElse(null)
        : null;
  }

  /** The one form's ethnicity, as a code or a name (汉族, 汉), to the catalogue's code. */
  private String ethnicityCode(String given) {
    String g = given == null ? "" : given.strip();
    Optional<Ethnicity> e =
        catalogue.ethnicities().stream()
            .filter(
                x ->
                    x.code().equals(g)
                        || x.nameZh().equals(g)
                        || x.nameZh().equals(g + "族")
                        || x.name(Locale.ENGLISH).equalsIgnoreCase(g))
            .findFirst();
    return e.map(Ethnicity::code).orElse(g);
  }

  private static boolean startsWithSurname(String name, String parentName) {
    return name != null
        && parentName != null
        && !parentName.isBlank()
        && name.startsWith(
            parentName.strip().substring(0, parentName.strip().offsetByCodePoints(0, 1)));
  }

  private static String reason(BundleApplication a) {
    return a.definition().nameZh() + " " + a.trackingNo();
  }

  /** The station's refusal in the official language, for the hall. */
  private static String sentence(BusinessException e) {
    return FormLabels.of(Locale.SIMPLIFIED_CHINESE).sentence(e);
  }
}
