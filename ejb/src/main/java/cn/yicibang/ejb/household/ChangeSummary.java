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
    List<ItemChange> items,
    ApplicationStatus status,
    ApprovalLevel currentLevel,
    ApprovalLevel finalLevel,
    String takenBy,
    LocalDate dueOn,
    boolean overdue,
    Instant createdAt,
    String stationId)
    implements java.io.Serializable {
  /**
   * One item applied for, with its registered and its new value. A list shows them as old → new,
   * except the identity number and the birth date, whose values would give back the masked number.
   */
  public record ItemChange(RegisterItem item, String oldValue, String newValue)
      implements java.io.Serializable {

    /** True when a list may show the values. */
    public boolean valuesShown() {
      return item != RegisterItem.RESIDENT_ID && item != RegisterItem.BIRTH_DATE;
    }
  }
}
