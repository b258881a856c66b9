package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.DeathDeclaration;
import java.util.Set;
import java.util.UUID;

/**
 * What the counter enters for a death: the deceased (by record id from the lookup page, or by
 * identity number over REST), the declaration, the new head chosen from the household's members on
 * the page (over REST the declaration names them by identity number), the applicant, the materials
 * seen and the reason.
 */
public record NewDeath(
    UUID personId,
    String residentId,
    DeathDeclaration declaration,
    UUID newHeadPersonId,
    ApplicantRelation applicantRelation,
    String applicantName,
    String applicantResidentId,
    String reason,
    Set<String> materialsSeen) {}
