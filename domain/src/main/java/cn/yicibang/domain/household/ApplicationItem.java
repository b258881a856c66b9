package cn.yicibang.domain.household;

import cn.yicibang.domain.registry.RegisterItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** One item applied for: its value in the register when applied, and the value asked for. */
@Entity
@Table(name = "change_application_item")
public class ApplicationItem {

  @Id
  @Column(name = "id")
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private ChangeApplication application;

  @Enumerated(EnumType.STRING)
  @Column(name = "item", nullable = false, length = 32)
  private RegisterItem item;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_class", nullable = false, length = 8)
  private ItemClass itemClass;

  @Column(name = "old_value", length = 200)
  private String oldValue;

  @Column(name = "new_value", length = 200)
  private String newValue;

  protected ApplicationItem() {}

  ApplicationItem(
      ChangeApplication application,
      RegisterItem item,
      ItemClass itemClass,
      String oldValue,
      String newValue) {
    this.id = UUID.randomUUID();
    this.application = Objects.requireNonNull(application, "application");
    this.item = Objects.requireNonNull(item, "item");
    this.itemClass = Objects.requireNonNull(itemClass, "itemClass");
    this.oldValue = oldValue;
    this.newValue = newValue;
  }

  public RegisterItem item() {
    return item;
  }

  public ItemClass itemClass() {
    return itemClass;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApplicationItem other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
