package cn.yicibang.domain.bundle;

import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.registry.Sex;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A canonical field of the one form, e.g. {@code child.name} or {@code mother.residentId}. Every
 * department item that needs the value names this one key, so the hall asks for it once. The field
 * checks a value of its kind itself.
 */
@Entity
@Table(name = "bundle_field")
public class FieldDefinition {

  public static final int KEY_LENGTH = 60;
  public static final String YES = "YES";
  public static final String NO = "NO";

  /** The suffix that marks a section's identity number: it anchors prefilling from the register. */
  public static final String RESIDENT_ID_SUFFIX = ".residentId";

  private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  @Id
  @Column(name = "field_key", length = KEY_LENGTH)
  private String key;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "section_code", nullable = false, updatable = false)
  private BundleSection section;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private FieldKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "prefill", nullable = false, length = 16)
  private Prefill prefill;

  @Column(name = "max_length", nullable = false)
  private int maxLength;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "label_zh", nullable = false, length = 100)
  private String labelZh;

  @Column(name = "label_en", nullable = false, length = 100)
  private String labelEn;

  @Version private long version;

  protected FieldDefinition() {}

  public FieldDefinition(
      String key,
      BundleSection section,
      FieldKind kind,
      Prefill prefill,
      int maxLength,
      int sortOrder,
      String labelZh,
      String labelEn) {
    this.key = Objects.requireNonNull(key, "key");
    this.section = Objects.requireNonNull(section, "section");
    if (!key.startsWith(section.code() + ".")) {
      throw new IllegalArgumentException("key " + key + " is not in section " + section.code());
    }
    this.kind = Objects.requireNonNull(kind, "kind");
    this.prefill = Objects.requireNonNull(prefill, "prefill");
    this.maxLength = maxLength;
    this.sortOrder = sortOrder;
    this.labelZh = Objects.requireNonNull(labelZh, "labelZh");
    this.labelEn = Objects.requireNonNull(labelEn, "labelEn");
  }

  /**
   * Brings a value into its stored form (trimmed; identity numbers upper case), or empty when it is
   * blank.
   */
  public Optional<String> normalise(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String v = raw.strip();
    return Optional.of(kind == FieldKind.RESIDENT_ID ? v.toUpperCase(Locale.ROOT) : v);
  }

  /**
   * Checks a non-blank, normalised value; empty when it is acceptable. Text is never altered or
   * cut: a value too long is refused, so nothing the clerk typed is silently dropped.
   */
  public Optional<FieldProblem> check(String value, LocalDate today) {
    if (value.codePointCount(0, value.length()) > maxLength) {
      return problem("bundle.field.tooLong", maxLength);
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
      return problem("bundle.field.controlCharacter");
    }
    return switch (kind) {
      case TEXT -> Optional.empty();
      case DATE -> checkDate(value, today);
      case RESIDENT_ID ->
          ResidentId.isValid(value) ? Optional.empty() : problem("bundle.field.residentId");
      case PHONE ->
          PHONE.matcher(value).matches() ? Optional.empty() : problem("bundle.field.phone");
      case YES_NO ->
          YES.equals(value) || NO.equals(value) ? Optional.empty() : problem("bundle.field.yesNo");
      case SEX -> enumValue(Sex.class, value) ? Optional.empty() : problem("bundle.field.choice");
      case DIGITS ->
          DIGITS.matcher(value).matches() ? Optional.empty() : problem("bundle.field.digits");
      case REGISTER_ITEM ->
          enumValue(RegisterItem.class, value) ? Optional.empty() : problem("bundle.field.choice");
    };
  }

  private Optional<FieldProblem> checkDate(String value, LocalDate today) {
    try {
      LocalDate d = LocalDate.parse(value);
      if (d.isAfter(today)) {
        return problem("bundle.field.dateInFuture");
      }
      if (d.getYear() < 1900) {
        return problem("bundle.field.dateTooEarly");
      }
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return problem("bundle.field.date");
    }
  }

  private static <E extends Enum<E>> boolean enumValue(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private Optional<FieldProblem> problem(String messageKey, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = key;
    System.arraycopy(more, 0, args, 1, more.length);
    return Optional.of(new FieldProblem(key, messageKey, args));
  }

  /** The identity-number field of this field's section, from which it may be prefilled. */
  public String anchorKey() {
    return section.code() + RESIDENT_ID_SUFFIX;
  }

  public String key() {
    return key;
  }

  public BundleSection section() {
    return section;
  }

  public FieldKind kind() {
    return kind;
  }

  public Prefill prefill() {
    return prefill;
  }

  public int maxLength() {
    return maxLength;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldDefinition other && key != null && key.equals(other.key());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(key);
  }
}
