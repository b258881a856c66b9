package cn.yicibang.domain.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.Label;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The local rule of one register operation (a birth, a death): the level that decides it, its time
 * limit in working days, after how many days a declaration is late, the legal basis recorded with
 * the register change, and the materials it needs, each always or in a case ({@link
 * MaterialCondition}). Seeded by migration, revised by an administrator.
 */
@Entity
@Table(name = "register_operation_rule")
public class OperationRule {

  public static final int LEGAL_BASIS_LENGTH = 200;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "operation", length = 24)
  private RegisterOperation operation;

  @Enumerated(EnumType.STRING)
  @Column(name = "final_level", nullable = false, length = 8)
  private ApprovalLevel finalLevel;

  @Column(name = "time_limit_days", nullable = false)
  private int timeLimitDays;

  @Column(name = "late_after_days")
  private Integer lateAfterDays;

  /** How many days a document the operation issues is valid (the migration record's term). */
  @Column(name = "document_valid_days")
  private Integer documentValidDays;

  @Column(name = "legal_basis", nullable = false, length = LEGAL_BASIS_LENGTH)
  private String legalBasis;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "register_operation_material",
      joinColumns = @JoinColumn(name = "operation"))
  @MapKeyColumn(name = "material_code", length = Material.CODE_LENGTH)
  @Enumerated(EnumType.STRING)
  @Column(name = "applies_when", length = 24)
  private Map<String, MaterialCondition> materials = new HashMap<>();

  @Version private long version;

  protected OperationRule() {}

  /** The materials this declaration needs, in a stable order. */
  public Set<String> materialsFor(MaterialCondition.Facts facts) {
    Set<String> needed = new TreeSet<>();
    materials.forEach(
        (code, condition) -> {
          if (condition.holds(facts)) {
            needed.add(code);
          }
        });
    return needed;
  }

  /** True when an event on {@code eventDay} declared on {@code declaredOn} is declared late. */
  public boolean late(java.time.LocalDate eventDay, java.time.LocalDate declaredOn) {
    return lateAfterDays != null && eventDay.plusDays(lateAfterDays).isBefore(declaredOn);
  }

  /** Refuses an application when the operation is closed here. */
  public void requireEnabled() {
    if (!enabled) {
      throw new BusinessException("household.operation.notOpen", Label.of(operation));
    }
  }

  public RegisterOperation operation() {
    return operation;
  }

  public ApprovalLevel finalLevel() {
    return finalLevel;
  }

  public int timeLimitDays() {
    return timeLimitDays;
  }

  public Integer lateAfterDays() {
    return lateAfterDays;
  }

  /** The days a document the operation issues stays valid; 30 where the rule names none. */
  public int documentValidDays() {
    return documentValidDays == null ? 30 : documentValidDays;
  }

  public String legalBasis() {
    return legalBasis;
  }

  public boolean enabled() {
    return enabled;
  }

  public Map<String, MaterialCondition> materials() {
    return Collections.unmodifiableMap(materials);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OperationRule other && operation != null && operation == other.operation();
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(operation);
  }
}
