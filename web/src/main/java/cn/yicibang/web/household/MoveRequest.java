package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.Destination;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.ejb.household.NewMove;
import cn.yicibang.web.api.Bodies;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON body of {@code POST /api/moves}: {@code kind} MOVE_WITHIN (at the receiving station:
 * {@code relations} in the order of {@code residentIds}, and {@code toHouseholdNo} or {@code
 * newAddress} with {@code newDivision}) or MOVE_OUT (at the movers' station: {@code destination}).
 */
public record MoveRequest(
    String kind,
    List<String> residentIds,
    List<String> relations,
    String toHouseholdNo,
    String newAddress,
    String newDivision,
    String destination,
    String oldHouseholdNewHead,
    String applicantRelation,
    String applicantName,
    String applicantResidentId,
    String reason,
    List<String> materialsSeen) {

  NewMove toNewMove() {
    RegisterOperation k =
        Bodies.choice(RegisterOperation.class, kind, "kind", "household.move.kindUnknown");
    List<RelationToHead> rels = new ArrayList<>();
    if (relations != null) {
      for (String r : relations) {
        rels.add(
            Bodies.choice(RelationToHead.class, r, "relations", "household.move.relationRequired"));
      }
    }
    return new NewMove(
        k,
        residentIds == null ? List.of() : List.copyOf(Bodies.list(residentIds, "residentIds")),
        k == RegisterOperation.MOVE_WITHIN ? rels : List.of(),
        k == RegisterOperation.MOVE_WITHIN
            ? new Destination(toHouseholdNo, newAddress, newDivision)
            : null,
        destination,
        oldHouseholdNewHead,
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
