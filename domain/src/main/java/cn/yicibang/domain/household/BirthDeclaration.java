package cn.yicibang.domain.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.registry.Sex;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What is declared for a birth (出生登记, 户口登记条例 art. 7): the newborn's particulars from the birth
 * medical certificate, the parents, whose household the child joins, and where the surname comes
 * from. Checked in the constructor; kept on the application as its particulars until the register
 * takes the newborn in.
 *
 * @param joins the parent whose household the child joins (the parents choose)
 * @param surnameFrom the parent whose surname the child takes, or null for another surname, which
 *     needs a reason (民法典 art. 1015)
 */
public record BirthDeclaration(
    String name,
    Sex sex,
    LocalDate birthDate,
    String birthplace,
    String ethnicityCode,
    String certificateNo,
    String motherResidentId,
    String motherName,
    String fatherResidentId,
    String fatherName,
    Parent joins,
    Parent surnameFrom,
    String surnameReason,
    boolean parentsMarried) {

  /** Mother or father. */
  public enum Parent {
    MOTHER,
    FATHER
  }

  public static final int CERTIFICATE_LENGTH = 20;
  public static final int REASON_LENGTH = 200;
  private static final Pattern CERTIFICATE = Pattern.compile("[A-Z0-9]{6,20}");

  public BirthDeclaration {
    name = Texts.required(name, "household.birth.nameRequired");
    if (name.codePointCount(0, name.length()) > Person.NAME_LENGTH) {
      throw new BusinessException("registry.name.tooLong", Person.NAME_LENGTH);
    }
    if (sex == null) {
      throw new BusinessException("household.birth.sexRequired");
    }
    if (birthDate == null) {
      throw new BusinessException("household.birth.dateRequired");
    }
    birthplace = Texts.required(birthplace, "household.birth.birthplaceRequired");
    if (birthplace.codePointCount(0, birthplace.length()) > Person.PLACE_LENGTH) {
      throw new BusinessException("registry.value.tooLong", "BIRTHPLACE");
    }
    ethnicityCode = Texts.required(ethnicityCode, "household.birth.ethnicityRequired");
    certificateNo =
        Texts.required(certificateNo, "household.birth.certificateRequired")
            .toUpperCase(java.util.Locale.ROOT);
    if (!CERTIFICATE.matcher(certificateNo).matches()) {
      throw new BusinessException("household.birth.certificateInvalid", certificateNo);
    }
    motherResidentId = normalisedId(motherResidentId);
    fatherResidentId = normalisedId(fatherResidentId);
    motherName = Texts.name(motherName);
    fatherName = Texts.name(fatherName);
    if (motherResidentId != null && motherName == null
        || fatherResidentId != null && fatherName == null) {
      throw new BusinessException("household.birth.parentNameRequired");
    }
    Objects.requireNonNull(joins, "joins");
    // the parameters, not the fields: a compact constructor assigns the fields only at its end
    if ((joins == Parent.MOTHER ? motherResidentId : fatherResidentId) == null) {
      throw new BusinessException("household.birth.joinedParentRequired");
    }
    surnameReason = Texts.optional(surnameReason);
    if (surnameFrom == null) {
      if (surnameReason == null) {
        throw new BusinessException("household.birth.surnameReasonRequired");
      }
      if (surnameReason.codePointCount(0, surnameReason.length()) > REASON_LENGTH) {
        throw new BusinessException("household.reason.tooLong", REASON_LENGTH);
      }
    } else {
      String parentName = surnameFrom == Parent.MOTHER ? motherName : fatherName;
      if (parentName == null) {
        throw new BusinessException("household.birth.surnameParentUnknown");
      }
      String surname = parentName.substring(0, parentName.offsetByCodePoints(0, 1));
      if (!name.startsWith(surname)) {
        throw new BusinessException("household.birth.surnameMismatch", name, surname);
      }
      surnameReason = null;
    }
  }

  private static String normalisedId(String raw) {
    return raw == null || raw.isBlank() ? null : ResidentId.of(raw).value();
  }

  /** The identity number of the mother or the father, or null when not given. */
  public String residentIdOf(Parent parent) {
    return parent == Parent.MOTHER ? motherResidentId : fatherResidentId;
  }

  /** Refuses a declaration the register contradicts on the day it is made. */
  public void requirePossible(LocalDate today) {
    if (birthDate.isAfter(today)) {
      throw new BusinessException("household.birth.dateInFuture");
    }
    for (String parent : new String[] {motherResidentId, fatherResidentId}) {
      if (parent != null && !ResidentId.of(parent).birthDate().isBefore(birthDate)) {
        throw new BusinessException("household.birth.parentYounger");
      }
    }
    if (motherResidentId != null && ResidentId.of(motherResidentId).sex() != Sex.FEMALE
        || fatherResidentId != null && ResidentId.of(fatherResidentId).sex() != Sex.MALE) {
      throw new BusinessException("household.birth.parentSex");
    }
  }

  /** True when the applicant is one of the declared parents. */
  public boolean declaredByParent(Applicant applicant) {
    String id = applicant.residentId().value();
    return id.equals(motherResidentId) || id.equals(fatherResidentId);
  }

  // the names under which the particulars are kept on the application
  public static final String NAME = "birth.name";
  public static final String SEX = "birth.sex";
  public static final String BIRTH_DATE = "birth.date";
  public static final String BIRTHPLACE = "birth.place";
  public static final String ETHNICITY = "birth.ethnicity";
  public static final String CERTIFICATE_NO = "birth.certificateNo";
  public static final String MOTHER_ID = "mother.residentId";
  public static final String MOTHER_NAME = "mother.name";
  public static final String FATHER_ID = "father.residentId";
  public static final String FATHER_NAME = "father.name";
  public static final String JOINS = "birth.joins";
  public static final String SURNAME_FROM = "birth.surnameFrom";
  public static final String SURNAME_REASON = "birth.surnameReason";
  public static final String PARENTS_MARRIED = "birth.parentsMarried";

  /** The particulars as the application keeps them; absent values are left out. */
  public Map<String, String> particulars() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(NAME, name);
    p.put(SEX, sex.name());
    p.put(BIRTH_DATE, birthDate.toString());
    p.put(BIRTHPLACE, birthplace);
    p.put(ETHNICITY, ethnicityCode);
    p.put(CERTIFICATE_NO, certificateNo);
    put(p, MOTHER_ID, motherResidentId);
    put(p, MOTHER_NAME, motherName);
    put(p, FATHER_ID, fatherResidentId);
    put(p, FATHER_NAME, fatherName);
    p.put(JOINS, joins.name());
    put(p, SURNAME_FROM, surnameFrom == null ? null : surnameFrom.name());
    put(p, SURNAME_REASON, surnameReason);
    p.put(PARENTS_MARRIED, Boolean.toString(parentsMarried));
    return p;
  }

  /** The declaration back from an application's particulars. */
  public static BirthDeclaration of(Map<String, String> p) {
    return new BirthDeclaration(
        p.get(NAME),
        Sex.valueOf(p.get(SEX)),
        LocalDate.parse(p.get(BIRTH_DATE)),
        p.get(BIRTHPLACE),
        p.get(ETHNICITY),
        p.get(CERTIFICATE_NO),
        p.get(MOTHER_ID),
        p.get(MOTHER_NAME),
        p.get(FATHER_ID),
        p.get(FATHER_NAME),
        Parent.valueOf(p.get(JOINS)),
        p.get(SURNAME_FROM) == null ? null : Parent.valueOf(p.get(SURNAME_FROM)),
        p.get(SURNAME_REASON),
        Boolean.parseBoolean(p.get(PARENTS_MARRIED)));
  }

  private static void put(Map<String, String> p, String key, String value) {
    if (value != null) {
      p.put(key, value);
    }
  }
}
