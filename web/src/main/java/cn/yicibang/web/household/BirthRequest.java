package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.BirthDeclaration;
import cn.yicibang.domain.household.BirthDeclaration.Parent;
import cn.yicibang.domain.registry.Sex;
import cn.yicibang.ejb.household.NewBirth;
import cn.yicibang.web.api.Bodies;
import java.util.List;

/**
 * The JSON body of {@code POST /api/births}: the newborn (dates ISO, sex and parents by enum name,
 * ethnicity by code), the parents by identity number, which parent's household the child joins,
 * whose surname it takes ({@code surnameFrom} absent with a {@code surnameReason} for another).
 */
public record BirthRequest(
    String name,
    String sex,
    String birthDate,
    String birthplace,
    String ethnicity,
    String certificateNo,
    String motherResidentId,
    String motherName,
    String fatherResidentId,
    String fatherName,
    String joins,
    String surnameFrom,
    String surnameReason,
    Boolean parentsMarried,
    String applicantRelation,
    String applicantName,
    String applicantResidentId,
    String reason,
    List<String> materialsSeen) {

  NewBirth toNewBirth() {
    return new NewBirth(
        new BirthDeclaration(
            name,
            Bodies.choice(Sex.class, sex, "sex", "household.birth.sexUnknown"),
            Bodies.date(birthDate, "birthDate"),
            birthplace,
            ethnicity,
            certificateNo,
            motherResidentId,
            motherName,
            fatherResidentId,
            fatherName,
            Bodies.choice(Parent.class, joins, "joins", "household.birth.parentUnknown"),
            surnameFrom == null || surnameFrom.isBlank()
                ? null
                : Bodies.choice(
                    Parent.class, surnameFrom, "surnameFrom", "household.birth.parentUnknown"),
            surnameReason,
            Boolean.TRUE.equals(parentsMarried)),
        Bodies.choice(
            ApplicantRelation.class,
            applicantRelation,
            "applicantRelation",
            "household.applicant.relationUnknown"),
        applicantName,
        applicantResidentId,
        reason,
        Bodies.codes(materialsSeen, "materialsSeen"));
  }
}
