package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.ApplicationStatus;
import cn.yicibang.domain.household.ApprovalLevel;
import cn.yicibang.domain.registry.RegisterItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of a work list or "my applications": identity numbers masked (none yet for a newborn).
 */
public record ChangeSummary(
    UUID id,
    cn.yicibang.domain.household.RegisterOperation operation,
    String acceptanceNo,
    String personName,
    String maskedResidentId,
    List<RegisterItem> items,
    ApplicationStatus status,
    ApprovalLevel currentLevel,
    ApprovalLevel finalLevel,
    String takenBy,
    LocalDate dueOn,
    boolean overdue,
    Instant createdAt,
    String stationId) {}
