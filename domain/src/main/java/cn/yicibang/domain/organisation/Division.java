package cn.yicibang.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;

/** One place in the hierarchy district → town → village/community → grid → unit. */
@Entity
@Table(name = "division")
public class Division {

  public static final int NAME_LENGTH = 100;

  /** Plain digits: JPA applies no converter to an identifier. */
  @Id
  @Column(name = "code", length = DivisionCode.MAX_LENGTH)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false, length = 16)
  private DivisionLevel level;

  @Column(name = "name_zh", nullable = false, length = NAME_LENGTH)
  private String nameZh;

  @Column(name = "name_en", length = NAME_LENGTH)
  private String nameEn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_code")
  private Division parent;

  @Version private long version;

  protected Division() {}

  public Division(DivisionCode code, String nameZh, String nameEn, Division parent) {
    this.code = Objects.requireNonNull(code, "code").value();
    this.level = code.level();
    this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
    this.nameEn = nameEn;
    if (parent != null && !parent.code().contains(code)) {
      throw new IllegalArgumentException(code + " does not lie inside " + parent.code);
    }
    this.parent = parent;
  }

  public DivisionCode code() {
    return DivisionCode.of(code);
  }

  public DivisionLevel level() {
    return level;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** The name in the user's language, falling back to Chinese, the official one. */
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
  }

  public Division parent() {
    return parent;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Division other && code != null && code().equals(other.code());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
