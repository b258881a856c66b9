package cn.yicibang.domain.bundle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/**
 * A section of the one form ({@code child}, {@code mother}, {@code applicant}, …): the part of a
 * field key before the dot, and the heading its fields are printed under.
 */
@Entity
@Table(name = "bundle_section")
public class BundleSection {

  @Id
  @Column(name = "code", length = 20)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 100)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected BundleSection() {}

  public BundleSection(String code, String nameZh, String nameEn, int sortOrder) {
    this.code = Objects.requireNonNull(code, "code");
    this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
    this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    this.sortOrder = sortOrder;
  }

  public String code() {
    return code;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  public int sortOrder() {
    return sortOrder;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BundleSection other && code != null && code.equals(other.code());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
