package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.DeathDeclaration;
import cn.yicibang.ejb.household.NewDeath;
import cn.yicibang.web.api.Bodies;
import java.util.List;

/**
 * The JSON body of {@code POST /api/deaths}: the deceased by identity number, the date of death
 * (ISO), the proof ({@code MEDICAL_CERTIFICATE} or {@code CREMATION_CERTIFICATE}) and its number,
 * and when the deceased headed a household with others, the new head by identity number.
 */
public record DeathRequest(
    String residentId,
    String diedOn,
    String proof,
    String certificateNo,
    String newHeadResidentId,
    String applicantRelation,
    String applicantName,
    String applicantResidentId,
    String reason,
    List<String> materialsSeen) {

  NewDeath toNewDeath() {
    if (residentId == null || residentId.isBlank()) {
      throw new cn.yicibang.domain.BusinessException("error.missingField", "residentId");
    }
    return new NewDeath(
        null,
        residentId,
        new DeathDeclaration(
            Bodies.date(diedOn, "diedOn"),
            Bodies.choice(
                DeathDeclaration.Proof.class, proof, "proof", "household.death.proofUnknown"),
            certificateNo,
            newHeadResidentId),
        null,
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
