package cn.yicibang.domain.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.registry.ResidentId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is declared for a death (死亡注销, 户口登记条例 art. 8): the date, the certificate that proves it,
 * and, when the deceased headed a household with other members, who heads it now.
 */
public record DeathDeclaration(
    LocalDate diedOn, Proof proof, String certificateNo, String newHeadResidentId) {

  /** The document that proves the death. */
  public enum Proof {
    /** 居民死亡医学证明（推断）书. */
    MEDICAL_CERTIFICATE,
    /** 火化证明. */
    CREMATION_CERTIFICATE
  }

  public static final int CERTIFICATE_LENGTH = 30;

  public DeathDeclaration {
    if (diedOn == null) {
      throw new BusinessException("household.death.dateRequired");
    }
    if (proof == null) {
      throw new BusinessException("household.death.proofRequired");
    }
    certificateNo = Texts.required(certificateNo, "household.death.certificateRequired");
    if (certificateNo.length() > CERTIFICATE_LENGTH) {
      throw new BusinessException("household.death.certificateInvalid", certificateNo);
    }
    newHeadResidentId =
        newHeadResidentId == null || newHeadResidentId.isBlank()
            ? null
            : ResidentId.of(newHeadResidentId).value();
  }

  public static final String DIED_ON = "death.date";
  public static final String PROOF = "death.proof";
  public static final String CERTIFICATE_NO = "death.certificateNo";
  public static final String NEW_HEAD_ID = "death.newHead";

  public Map<String, String> particulars() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(DIED_ON, diedOn.toString());
    p.put(PROOF, proof.name());
    p.put(CERTIFICATE_NO, certificateNo);
    if (newHeadResidentId != null) {
      p.put(NEW_HEAD_ID, newHeadResidentId);
    }
    return p;
  }

  public static DeathDeclaration of(Map<String, String> p) {
    return new DeathDeclaration(
        LocalDate.parse(p.get(DIED_ON)),
        Proof.valueOf(p.get(PROOF)),
        p.get(CERTIFICATE_NO),
        p.get(NEW_HEAD_ID));
  }
}
