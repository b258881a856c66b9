package cn.yicibang.ejb.bundle;

import java.util.Set;

/**
 * An administrator's edit of one item of a draft: names, who handles it (a department, or the
 * registering station of the person in {@code routingField}), time limit, materials, fields and
 * waits.
 */
public record ItemEdit(
    String nameZh,
    String nameEn,
    String departmentId,
    String routingField,
    int timeLimitDays,
    Set<String> materials,
    Set<String> requiredFields,
    Set<String> optionalFields,
    Set<String> waitsFor) {}
