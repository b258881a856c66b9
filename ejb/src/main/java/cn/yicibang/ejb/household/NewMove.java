package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.Destination;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.registry.RelationToHead;
import java.util.List;
import java.util.Set;

/**
 * What the counter enters for a move of residents of the district: inside it ({@code MOVE_WITHIN},
 * at the receiving station, with each mover's relation to the head they join and the destination)
 * or out of it ({@code MOVE_OUT}, at their station, with where to). The movers and the new head of
 * the household they leave are named by identity number.
 */
public record NewMove(
    RegisterOperation kind,
    List<String> residentIds,
    List<RelationToHead> relations,
    Destination destination,
    String destinationText,
    String oldHouseholdNewHead,
    ApplicantRelation applicantRelation,
    String applicantName,
    String applicantResidentId,
    String reason,
    Set<String> materialsSeen) {}
