package cn.yicibang.domain.household;

import cn.yicibang.domain.registry.ResidentId;
import java.util.Objects;

/**
 * Who applies: their relation to the person, name and identity number, and for a child of 8 or more
 * whether the child's own consent was recorded.
 */
public record Applicant(
    ApplicantRelation relation, String name, ResidentId residentId, Boolean childConsent) {

  public Applicant {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(residentId, "residentId");
    if (name == null || name.isBlank()) {
      throw new cn.yicibang.domain.BusinessException("household.applicant.nameRequired");
    }
    name = Texts.name(name);
  }
}
