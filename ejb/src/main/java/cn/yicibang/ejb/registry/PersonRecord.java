package cn.yicibang.ejb.registry;

import cn.yicibang.domain.registry.Education;
import cn.yicibang.domain.registry.HouseholdKind;
import cn.yicibang.domain.registry.MaritalStatus;
import cn.yicibang.domain.registry.PersonStatus;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.domain.registry.Sex;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's full register record as shown on their own page: the full identity number, the status
 * (active, deceased or moved out, with its date), the household with its present members (masked)
 * and the history of changes. Handing one out is audited. Serializable: the lookup and change pages
 * keep it in their view, which travels with the session to another node.
 */
public record PersonRecord(
    UUID id,
    String residentId,
    String name,
    String formerNames,
    Sex sex,
    String ethnicityZh,
    String ethnicityEn,
    LocalDate birthDate,
    String birthplace,
    String nativePlace,
    String address,
    Education education,
    MaritalStatus maritalStatus,
    String employer,
    String occupation,
    RelationToHead relationToHead,
    LocalDate registeredOn,
    PersonStatus status,
    LocalDate statusOn,
    String movedTo,
    String movedFrom,
    HouseholdView household,
    List<MemberView> members,
    List<ChangeView> history)
    implements Serializable {

  /** The household the person is registered in. */
  public record HouseholdView(
      String householdNo,
      HouseholdKind kind,
      String address,
      String divisionCode,
      String divisionZh,
      String divisionEn,
      String headName)
      implements Serializable {}

  /**
   * A fellow member of the household: the identity number masked and the birth by its year only
   * (the eight digits the mask hides are the birth date).
   */
  public record MemberView(
      UUID id,
      String maskedResidentId,
      String name,
      Sex sex,
      int birthYear,
      RelationToHead relationToHead)
      implements Serializable {}

  /** One entry of the register history. */
  public record ChangeView(
      RegisterItem item,
      String oldValue,
      String newValue,
      LocalDate effectiveOn,
      String changedBy,
      String basis)
      implements Serializable {}
}
