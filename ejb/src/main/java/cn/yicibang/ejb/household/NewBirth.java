package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.BirthDeclaration;
import java.util.Set;

/**
 * What the counter enters for a birth: the declaration, the applicant, the materials seen and the
 * reason. The parents' names are taken from the register where it has them.
 */
public record NewBirth(
    BirthDeclaration declaration,
    ApplicantRelation applicantRelation,
    String applicantName,
    String applicantResidentId,
    String reason,
    Set<String> materialsSeen) {}
