package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.registry.RegisterItem;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the counter clerk enters for a new application. The person is named by record id (from the
 * lookup page) or by identity number (REST).
 */
public record NewChange(
    UUID personId,
    String residentId,
    Map<RegisterItem, String> newValues,
    ApplicantRelation applicantRelation,
    String applicantName,
    String applicantResidentId,
    Boolean childConsent,
    String reason,
    Set<String> materialsSeen) {}
