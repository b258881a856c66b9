package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.ejb.household.NewRelations;
import cn.yicibang.web.api.Bodies;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON body of {@code POST /api/household-relations}: {@code kind} HEAD_CHANGE or
 * RELATION_CHANGE, the members whose relation changes and, in the same order, their new relations.
 */
public record RelationsRequest(
    String kind,
    List<String> residentIds,
    List<String> relations,
    String applicantRelation,
    String applicantName,
    String applicantResidentId,
    String reason,
    List<String> materialsSeen) {

  NewRelations toNewRelations() {
    RegisterOperation k =
        Bodies.choice(RegisterOperation.class, kind, "kind", "household.move.kindUnknown");
    if (k != RegisterOperation.HEAD_CHANGE && k != RegisterOperation.RELATION_CHANGE) {
      throw new cn.yicibang.domain.BusinessException("household.move.kindUnknown", kind);
    }
    List<RelationToHead> rels = new ArrayList<>();
    for (String r : Bodies.list(relations, "relations")) {
      rels.add(
          Bodies.choice(RelationToHead.class, r, "relations", "household.move.relationRequired"));
    }
    return new NewRelations(
        k,
        Bodies.list(residentIds, "residentIds"),
        rels,
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
