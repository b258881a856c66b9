package cn.yicibang.ejb.household;

import cn.yicibang.domain.registry.PersonStatus;
import cn.yicibang.domain.registry.RelationToHead;
import java.io.Serializable;

/**
 * A resident named for a move, as the receiving counter sees them before the case exists: enough to
 * know it is the right person and household, the number masked.
 */
public record MoverView(
    String residentId,
    String maskedResidentId,
    String name,
    String householdNo,
    String headName,
    RelationToHead relationToHead,
    PersonStatus status,
    String stationName)
    implements Serializable {}
