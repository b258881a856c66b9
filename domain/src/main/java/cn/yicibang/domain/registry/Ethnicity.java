package cn.yicibang.domain.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/** One of the 56 ethnic groups (GB/T 3304 codes), seeded by migration. Read-only. */
@Entity
@Table(name = "ethnicity")
public class Ethnicity {

  @Id
  @Column(name = "code", length = 2)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 20)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 40)
  private String nameEn;

  protected Ethnicity() {}

  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ethnicity other && code != null && code.equals(other.code());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
