package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.registry.RelationToHead;
import java.util.List;
import java.util.Set;

/**
 * What the counter enters for a change of head ({@code HEAD_CHANGE}) or of relations ({@code
 * RELATION_CHANGE}): the members whose relation changes, by identity number, with the new relation
 * of each in the same order.
 */
public record NewRelations(
    RegisterOperation kind,
    List<String> residentIds,
    List<RelationToHead> relations,
    ApplicantRelation applicantRelation,
    String applicantName,
    String applicantResidentId,
    String reason,
    Set<String> materialsSeen) {}
