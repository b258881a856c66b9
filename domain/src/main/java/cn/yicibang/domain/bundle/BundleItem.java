package cn.yicibang.domain.bundle;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.organisation.Organisation;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One department matter of a bundle version: who handles it (a department, or the registering
 * police station of the person whose identity number is in {@link #routingField()}), its time limit
 * in working days, the materials and form fields it needs, and the items it waits for.
 */
@Entity
@Table(name = "bundle_item")
public class BundleItem {

  public static final int CODE_LENGTH = 32;
  public static final int MAX_TIME_LIMIT = 365;

  @Id
  @Column(name = "id")
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false, updatable = false)
  private BundleDefinition definition;

  @Column(name = "item_code", nullable = false, length = CODE_LENGTH, updatable = false)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 100)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private ItemKind kind;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "department_id")
  private Organisation department;

  @Column(name = "routing_field", length = FieldDefinition.KEY_LENGTH)
  private String routingField;

  @Column(name = "time_limit_days", nullable = false)
  private int timeLimitDays;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bundle_item_material", joinColumns = @JoinColumn(name = "item_id"))
  @Column(name = "material_code", length = 40)
  private Set<String> materials = new LinkedHashSet<>();

  /** Field key → whether the department requires it. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bundle_item_field", joinColumns = @JoinColumn(name = "item_id"))
  @MapKeyColumn(name = "field_key", length = FieldDefinition.KEY_LENGTH)
  @Column(name = "required", nullable = false)
  private Map<String, Boolean> fields = new LinkedHashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bundle_item_wait", joinColumns = @JoinColumn(name = "item_id"))
  @Column(name = "waits_for", length = CODE_LENGTH)
  private Set<String> waitsFor = new LinkedHashSet<>();

  @Version private long version;

  protected BundleItem() {}

  BundleItem(
      BundleDefinition definition,
      String code,
      String nameZh,
      String nameEn,
      ItemKind kind,
      int sortOrder) {
    this.id = UUID.randomUUID();
    this.definition = Objects.requireNonNull(definition, "definition");
    this.code = Objects.requireNonNull(code, "code");
    this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
    this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.sortOrder = sortOrder;
  }

  BundleItem copyInto(BundleDefinition target) {
    BundleItem c = new BundleItem(target, code, nameZh, nameEn, kind, sortOrder);
    c.department = department;
    c.routingField = routingField;
    c.timeLimitDays = timeLimitDays;
    c.materials = new LinkedHashSet<>(materials);
    c.fields = new LinkedHashMap<>(fields);
    c.waitsFor = new LinkedHashSet<>(waitsFor);
    return c;
  }

  /**
   * An administrator's edit of a draft. The bundle as a whole is checked again when the draft is
   * published.
   */
  public void edit(
      String nameZh,
      String nameEn,
      Organisation department,
      String routingField,
      int timeLimitDays,
      Set<String> materials,
      Map<String, Boolean> fields,
      Set<String> waitsFor) {
    definition.requireDraft();
    if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new BusinessException("bundle.catalogue.nameRequired");
    }
    if (timeLimitDays < 1 || timeLimitDays > MAX_TIME_LIMIT) {
      throw new BusinessException("bundle.catalogue.timeLimit", timeLimitDays);
    }
    if (department == null && (routingField == null || routingField.isBlank())) {
      throw new BusinessException("bundle.catalogue.noDepartment", nameZh);
    }
    if (waitsFor.contains(code)) {
      throw new BusinessException("bundle.catalogue.waitsForItself", nameZh);
    }
    this.nameZh = nameZh.strip();
    this.nameEn = nameEn.strip();
    this.department = department;
    this.routingField = department == null ? routingField : null;
    this.timeLimitDays = timeLimitDays;
    this.materials = new LinkedHashSet<>(materials);
    this.fields = new LinkedHashMap<>(fields);
    this.waitsFor = new LinkedHashSet<>(waitsFor);
  }

  public UUID id() {
    return id;
  }

  public BundleDefinition definition() {
    return definition;
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

  public String nameEn() {
    return nameEn;
  }

  public ItemKind kind() {
    return kind;
  }

  /** The fixed department, or null when the registering station of {@link #routingField} is. */
  public Organisation department() {
    return department;
  }

  public String routingField() {
    return routingField;
  }

  public int timeLimitDays() {
    return timeLimitDays;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public Set<String> materials() {
    return Collections.unmodifiableSet(new TreeSet<>(materials));
  }

  /** Field key → required, sorted by key. */
  public Map<String, Boolean> fields() {
    return Collections.unmodifiableMap(new TreeMap<>(fields));
  }

  public Set<String> waitsFor() {
    return Collections.unmodifiableSet(waitsFor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BundleItem other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
