package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.Destination;
import cn.yicibang.domain.household.MoveInDeclaration;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.ejb.household.NewMoveIn;
import cn.yicibang.web.api.Bodies;
import java.util.List;

/**
 * The JSON body of {@code POST /api/moves/in}: the newcomer as the migration record describes them,
 * and the household joined ({@code toHouseholdNo}, or {@code newAddress} with {@code newDivision})
 * with their {@code relation} to its head.
 */
public record MoveInRequest(
    String residentId,
    String name,
    String ethnicity,
    String birthplace,
    String origin,
    String certificateNo,
    String certificateAuthority,
    String toHouseholdNo,
    String newAddress,
    String newDivision,
    String relation,
    String applicantRelation,
    String applicantName,
    String applicantResidentId,
    String reason,
    List<String> materialsSeen) {

  NewMoveIn toNewMoveIn() {
    if (residentId == null || residentId.isBlank()) {
      throw new cn.yicibang.domain.BusinessException("error.missingField", "residentId");
    }
    return new NewMoveIn(
        new MoveInDeclaration(
            residentId,
            name,
            ethnicity,
            birthplace,
            origin,
            certificateNo,
            certificateAuthority,
            new Destination(toHouseholdNo, newAddress, newDivision),
            Bodies.choice(
                RelationToHead.class, relation, "relation", "household.move.relationRequired")),
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
