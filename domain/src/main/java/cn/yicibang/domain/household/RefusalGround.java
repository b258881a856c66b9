package cn.yicibang.domain.household;

import cn.yicibang.domain.registry.RegisterItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;

/**
 * A ground on which an application may be refused, with its legal basis; applies to one item, or to
 * one register operation (a birth, a death), or with neither to every application. Data, because
 * the grounds differ by place and change with policy.
 */
@Entity
@Table(name = "refusal_ground")
public class RefusalGround {

  @Id
  @Column(name = "code", length = 40)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "item", length = 32)
  private RegisterItem item;

  @Enumerated(EnumType.STRING)
  @Column(name = "operation", length = 24)
  private RegisterOperation operation;

  @Column(name = "text_zh", nullable = false, length = 400)
  private String textZh;

  @Column(name = "text_en", nullable = false, length = 400)
  private String textEn;

  @Column(name = "legal_basis", nullable = false, length = 200)
  private String legalBasis;

  @Version private long version;

  protected RefusalGround() {}

  public String code() {
    return code;
  }

  public RegisterItem item() {
    return item;
  }

  /**
   * True when the ground may refuse this application: a ground of an operation refuses only that
   * operation, a ground of an item only a change of that item, a general ground anything.
   */
  public boolean appliesTo(ChangeApplication a) {
    return appliesTo(a.operation(), a.items().stream().map(ApplicationItem::item).toList());
  }

  /** The same, for an application's operation and the items it applies for. */
  public boolean appliesTo(RegisterOperation op, java.util.Collection<RegisterItem> items) {
    if (operation != null) {
      return operation == op;
    }
    return item == null || items.contains(item);
  }

  public RegisterOperation operation() {
    return operation;
  }

  public String text(Locale locale) {
    return "en".equals(locale.getLanguage()) ? textEn : textZh;
  }

  public String textZh() {
    return textZh;
  }

  public String legalBasis() {
    return legalBasis;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RefusalGround other && code != null && code.equals(other.code());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
