package cn.yicibang.domain.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.domain.registry.ResidentId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is declared for a move into the district (迁入, 户口登记条例 art. 13): the newcomer as the migration
 * record describes them (the identity number is kept; sex and birth date are the number's), where
 * they came from, the migration record's number and issuing office, and the household they join
 * here with their relation to its head.
 */
public record MoveInDeclaration(
    String residentId,
    String name,
    String ethnicityCode,
    String birthplace,
    String origin,
    String certificateNo,
    String certificateAuthority,
    Destination destination,
    RelationToHead relation) {

  public static final String RESIDENT_ID = "in.residentId";
  public static final String NAME = "in.name";
  public static final String ETHNICITY = "in.ethnicity";
  public static final String BIRTHPLACE = "in.birthplace";
  public static final String ORIGIN = "in.origin";
  public static final String CERTIFICATE_NO = "in.certificateNo";
  public static final String CERTIFICATE_AUTHORITY = "in.certificateAuthority";
  public static final String RELATION = "in.relation";

  public static final int CERTIFICATE_LENGTH = 30;

  public MoveInDeclaration {
    residentId = ResidentId.of(residentId).value();
    name = Texts.name(Texts.required(name, "household.birth.nameRequired"));
    ethnicityCode = Texts.required(ethnicityCode, "household.birth.ethnicityRequired");
    birthplace = Texts.optional(birthplace);
    origin = Texts.required(origin, "household.moveIn.originRequired");
    certificateNo = Texts.required(certificateNo, "household.moveIn.certificateRequired");
    certificateAuthority =
        Texts.required(certificateAuthority, "household.moveIn.authorityRequired");
    for (String text : new String[] {birthplace, origin, certificateAuthority}) {
      if (text != null && text.codePointCount(0, text.length()) > Person.PLACE_LENGTH * 2) {
        throw new BusinessException("registry.value.tooLong", "ADDRESS");
      }
    }
    if (certificateNo.length() > CERTIFICATE_LENGTH) {
      throw new BusinessException("household.moveIn.certificateInvalid", certificateNo);
    }
    if (destination == null) {
      throw new BusinessException("household.move.destinationOne");
    }
    if (relation == null) {
      throw new BusinessException("household.move.relationRequired");
    }
    if (destination.newHousehold() != (relation == RelationToHead.HEAD)) {
      throw new BusinessException(
          destination.newHousehold()
              ? "household.move.newHouseholdOneHead"
              : "household.move.headExists");
    }
  }

  public Map<String, String> particulars() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(RESIDENT_ID, residentId);
    p.put(NAME, name);
    p.put(ETHNICITY, ethnicityCode);
    if (birthplace != null) {
      p.put(BIRTHPLACE, birthplace);
    }
    p.put(ORIGIN, origin);
    p.put(CERTIFICATE_NO, certificateNo);
    p.put(CERTIFICATE_AUTHORITY, certificateAuthority);
    destination.into(p);
    p.put(RELATION, relation.name());
    return p;
  }

  public static MoveInDeclaration of(Map<String, String> p) {
    return new MoveInDeclaration(
        p.get(RESIDENT_ID),
        p.get(NAME),
        p.get(ETHNICITY),
        p.get(BIRTHPLACE),
        p.get(ORIGIN),
        p.get(CERTIFICATE_NO),
        p.get(CERTIFICATE_AUTHORITY),
        Destination.of(p),
        RelationToHead.valueOf(p.get(RELATION)));
  }
}
