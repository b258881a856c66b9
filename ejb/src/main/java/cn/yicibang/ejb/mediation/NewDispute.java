package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.mediation.DisputeSource;
import cn.yicibang.domain.mediation.IdKind;
import cn.yicibang.domain.mediation.PartyRole;
import cn.yicibang.domain.mediation.Urgency;
import cn.yicibang.domain.registry.Sex;
import java.util.List;

/**
 * What the officer takes down: the source, the type, the place (a village, grid or unit code and
 * its description), the summary and urgency, the parties, and the body chosen (null: the one the
 * routing proposes).
 */
public record NewDispute(
    DisputeSource source,
    String sourceRef,
    String type,
    String placeCode,
    String placeText,
    String summary,
    Urgency urgency,
    List<NewParty> parties,
    String bodyId) {

  /**
   * A party: with {@code residentId} one found in the register (name, sex and address come from
   * it); otherwise the name and the document shown.
   */
  public record NewParty(
      PartyRole role,
      String residentId,
      String name,
      IdKind idKind,
      String idNumber,
      Sex sex,
      String phone,
      String address,
      Boolean consent) {}
}
