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
 * A ground on which a change may be refused, with its legal basis; applies to one item or, with no
 * item, to every item. Data, because the grounds differ by place and change with policy.
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

  public boolean appliesTo(RegisterItem registerItem) {
    return item == null || item == registerItem;
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
