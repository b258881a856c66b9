package cn.yicibang.domain.household;

import cn.yicibang.domain.registry.RegisterItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The local rule for changing one register item: its class, how far up the approval chain it goes
 * (for adults and for minors), the materials it needs, its time limit in working days, and whether
 * it is open for application at all. Seeded by migration, edited by an administrator.
 */
@Entity
@Table(name = "change_item_rule")
public class ItemRule {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "item", length = 32)
  private RegisterItem item;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_class", nullable = false, length = 8)
  private ItemClass itemClass;

  @Enumerated(EnumType.STRING)
  @Column(name = "final_level_adult", nullable = false, length = 8)
  private ApprovalLevel finalLevelAdult;

  @Enumerated(EnumType.STRING)
  @Column(name = "final_level_minor", nullable = false, length = 8)
  private ApprovalLevel finalLevelMinor;

  @Column(name = "time_limit_days", nullable = false)
  private int timeLimitDays;

  /** A change of this item makes a new identity card due. */
  @Column(name = "card_relevant", nullable = false)
  private boolean cardRelevant;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "change_item_material",
      joinColumns = @JoinColumn(name = "item"),
      inverseJoinColumns = @JoinColumn(name = "material_code"))
  private Set<Material> materials = new HashSet<>();

  @Version private long version;

  protected ItemRule() {}

  public ItemRule(
      RegisterItem item,
      ItemClass itemClass,
      ApprovalLevel finalLevelAdult,
      ApprovalLevel finalLevelMinor,
      int timeLimitDays,
      boolean cardRelevant,
      Set<Material> materials) {
    this.item = Objects.requireNonNull(item, "item");
    revise(
        itemClass, finalLevelAdult, finalLevelMinor, timeLimitDays, cardRelevant, true, materials);
  }

  /** An administrator's revision of the rule. */
  public void revise(
      ItemClass itemClass,
      ApprovalLevel finalLevelAdult,
      ApprovalLevel finalLevelMinor,
      int timeLimitDays,
      boolean cardRelevant,
      boolean enabled,
      Set<Material> materials) {
    if (timeLimitDays < 1 || timeLimitDays > 365) {
      throw new cn.yicibang.domain.BusinessException("household.rule.timeLimit", timeLimitDays);
    }
    this.itemClass = Objects.requireNonNull(itemClass, "itemClass");
    this.finalLevelAdult = Objects.requireNonNull(finalLevelAdult, "finalLevelAdult");
    this.finalLevelMinor = Objects.requireNonNull(finalLevelMinor, "finalLevelMinor");
    this.timeLimitDays = timeLimitDays;
    this.cardRelevant = cardRelevant;
    this.enabled = enabled;
    this.materials = new HashSet<>(materials);
  }

  public RegisterItem item() {
    return item;
  }

  public ItemClass itemClass() {
    return itemClass;
  }

  public ApprovalLevel finalLevel(boolean minor) {
    return minor ? finalLevelMinor : finalLevelAdult;
  }

  public ApprovalLevel finalLevelAdult() {
    return finalLevelAdult;
  }

  public ApprovalLevel finalLevelMinor() {
    return finalLevelMinor;
  }

  public int timeLimitDays() {
    return timeLimitDays;
  }

  public boolean enabled() {
    return enabled;
  }

  public long version() {
    return version;
  }

  public boolean cardRelevant() {
    return cardRelevant;
  }

  public Set<Material> materials() {
    return Collections.unmodifiableSet(materials);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItemRule other && item != null && item == other.item();
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(item);
  }
}
