package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.MoveInDeclaration;
import java.util.Set;

/** What the counter enters for a move into the district: the declaration and who applies. */
public record NewMoveIn(
    MoveInDeclaration declaration,
    ApplicantRelation applicantRelation,
    String applicantName,
    String applicantResidentId,
    String reason,
    Set<String> materialsSeen) {}
