package cn.yicibang.domain.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;

/** A document an applicant may have to show (identity card, household booklet, proof …). */
@Entity
@Table(name = "material")
public class Material {

  public static final int CODE_LENGTH = 40;

  @Id
  @Column(name = "code", length = CODE_LENGTH)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 100)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  /** How it is to be brought (original, copies, format), or null when nothing needs saying. */
  @Column(name = "note_zh", length = 100)
  private String noteZh;

  @Column(name = "note_en", length = 100)
  private String noteEn;

  @Version private long version;

  protected Material() {}

  public Material(String code, String nameZh, String nameEn) {
    this.code = Objects.requireNonNull(code, "code");
    this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
    this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
  }

  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  /** The note in the language, or "" when there is none. */
  public String note(Locale locale) {
    String note = "en".equals(locale.getLanguage()) ? noteEn : noteZh;
    return note == null ? "" : note;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Material other && code != null && code.equals(other.code());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
