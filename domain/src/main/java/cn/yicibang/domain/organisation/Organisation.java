package cn.yicibang.domain.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A police station, bureau, service hall, mediation body or department. Its jurisdiction is a set
 * of divisions; what its users may see is bounded by that set (a station sees the residents
 * registered inside its jurisdiction and nothing else).
 */
@Entity
@Table(name = "organisation")
public class Organisation {

  public static final int ID_LENGTH = 32;
  public static final int NAME_LENGTH = 100;

  @Id
  @Column(name = "id", length = ID_LENGTH)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private OrganisationKind kind;

  @Column(name = "name_zh", nullable = false, length = NAME_LENGTH)
  private String nameZh;

  @Column(name = "name_en", length = NAME_LENGTH)
  private String nameEn;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "seat_code", nullable = false)
  private Division seat;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Organisation parent;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "organisation_jurisdiction",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "division_code", length = DivisionCode.MAX_LENGTH)
  private Set<DivisionCode> jurisdiction = new HashSet<>();

  /** Where and when the public reaches it (printed on notices), or null. */
  @Column(name = "contact_zh", length = 200)
  private String contactZh;

  @Column(name = "contact_en", length = 200)
  private String contactEn;

  @Version private long version;

  protected Organisation() {}

  public Organisation(
      String id,
      OrganisationKind kind,
      String nameZh,
      String nameEn,
      Division seat,
      Organisation parent,
      Set<DivisionCode> jurisdiction) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
    this.nameEn = nameEn;
    this.seat = Objects.requireNonNull(seat, "seat");
    this.parent = parent;
    this.jurisdiction = new HashSet<>(jurisdiction);
  }

  public String id() {
    return id;
  }

  public OrganisationKind kind() {
    return kind;
  }

  public String nameZh() {
    return nameZh;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
  }

  /** Where and when the public reaches it, in the language, or "" when not recorded. */
  public String contact(Locale locale) {
    String c = "en".equals(locale.getLanguage()) && contactEn != null ? contactEn : contactZh;
    return c == null ? "" : c;
  }

  public Division seat() {
    return seat;
  }

  public Organisation parent() {
    return parent;
  }

  public Set<DivisionCode> jurisdiction() {
    return Collections.unmodifiableSet(jurisdiction);
  }

  /** True when the place lies inside this organisation's jurisdiction. */
  public boolean covers(DivisionCode place) {
    return place != null && jurisdiction.stream().anyMatch(j -> j.contains(place));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Organisation other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
