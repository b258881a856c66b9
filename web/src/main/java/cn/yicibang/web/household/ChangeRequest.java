package cn.yicibang.web.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.ejb.household.NewChange;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON body of {@code POST /api/household-changes}: item names map to their new values in
 * register form (ISO dates, enum names, ethnicity codes).
 */
public record ChangeRequest(
    String residentId,
    Map<String, String> items,
    String applicantRelation,
    String applicantName,
    String applicantResidentId,
    Boolean childConsent,
    String reason,
    List<String> materialsSeen) {

  NewChange toNewChange() {
    Map<RegisterItem, String> values = new EnumMap<>(RegisterItem.class);
    if (items != null) {
      items.forEach(
          (k, v) -> values.put(parse(RegisterItem.class, k, "household.item.unknown"), v));
    }
    return new NewChange(
        null,
        residentId,
        values,
        parse(ApplicantRelation.class, applicantRelation, "household.applicant.relationUnknown"),
        applicantName,
        applicantResidentId,
        childConsent,
        reason,
        materialsSeen == null ? Set.of() : Set.copyOf(materialsSeen));
  }

  static <E extends Enum<E>> E parse(Class<E> type, String name, String key) {
    try {
      return Enum.valueOf(type, name == null ? "" : name.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessException(key, String.valueOf(name));
    }
  }
}
