package cn.yicibang.domain.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;

/** A kind of dispute (a list in data) and where it is proposed to go first. */
@Entity
@Table(name = "dispute_type")
public class DisputeType {

  public static final int CODE_LENGTH = 24;

  @Id
  @Column(name = "code", length = CODE_LENGTH)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 50)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 80)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "first_body", nullable = false, length = 16)
  private FirstBody firstBody;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Version private long version;

  protected DisputeType() {}

  public DisputeType(String code, String nameZh, String nameEn, FirstBody firstBody, int order) {
    this.code = Objects.requireNonNull(code, "code");
    this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
    this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    this.firstBody = Objects.requireNonNull(firstBody, "firstBody");
    this.sortOrder = order;
  }

  public String code() {
    return code;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  public String nameZh() {
    return nameZh;
  }

  public FirstBody firstBody() {
    return firstBody;
  }

  public int sortOrder() {
    return sortOrder;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DisputeType other && code != null && code.equals(other.code());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
