package cn.yicibang.web.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.ejb.household.NewChange;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
          (k, v) ->
              values.put(
                  cn.yicibang.web.api.Bodies.choice(
                      RegisterItem.class, k, "items", "household.item.unknown"),
                  v));
    }
    return new NewChange(
        null,
        residentId,
        values,
        cn.yicibang.web.api.Bodies.choice(
            ApplicantRelation.class,
            applicantRelation,
            "applicantRelation",
            "household.applicant.relationUnknown"),
        applicantName,
        applicantResidentId,
        childConsent,
        reason,
        cn.yicibang.web.api.Bodies.codes(materialsSeen, "materialsSeen"));
  }
}
