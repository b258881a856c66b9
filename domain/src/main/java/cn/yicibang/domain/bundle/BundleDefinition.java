package cn.yicibang.domain.bundle;

import cn.yicibang.domain.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ListIndexBase;

/**
 * One version of a bundle's catalogue entry (table {@code bundle_version}): its names, eligibility
 * rules and items. A published version is never edited: an administrator edits a draft copy and
 * publishes it, which supersedes the old one; applications keep the version they were made under.
 */
@Entity
@Table(name = "bundle_version")
public class BundleDefinition {

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "bundle_code", nullable = false, length = 32, updatable = false)
  private String code;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int versionNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private VersionStatus status;

  @Column(name = "name_zh", nullable = false, length = 100)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Column(name = "description_zh", nullable = false, length = 500)
  private String descriptionZh;

  @Column(name = "description_en", nullable = false, length = 500)
  private String descriptionEn;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64, updatable = false)
  private String createdBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by", length = 64)
  private String publishedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bundle_rule", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "seq")
  @ListIndexBase(1)
  private List<EligibilityRule> rules = new ArrayList<>();

  @OneToMany(mappedBy = "definition", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("sortOrder")
  private List<BundleItem> items = new ArrayList<>();

  @Version private long version;

  protected BundleDefinition() {}

  private BundleDefinition(BundleDefinition from, int versionNo, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.code = from.code;
    this.versionNo = versionNo;
    this.status = VersionStatus.DRAFT;
    this.nameZh = from.nameZh;
    this.nameEn = from.nameEn;
    this.descriptionZh = from.descriptionZh;
    this.descriptionEn = from.descriptionEn;
    this.sortOrder = from.sortOrder;
    this.createdAt = Objects.requireNonNull(at, "at");
    this.createdBy = Objects.requireNonNull(by, "by");
    from.rules.forEach(r -> rules.add(r.copy()));
    from.items.forEach(i -> items.add(i.copyInto(this)));
  }

  /** A draft copy of this version, numbered {@code versionNo}, for an administrator to edit. */
  public BundleDefinition draftNext(int versionNo, String by, Instant at) {
    if (versionNo <= this.versionNo) {
      throw new IllegalArgumentException("version " + versionNo + " after " + this.versionNo);
    }
    return new BundleDefinition(this, versionNo, by, at);
  }

  /** Edits a draft's names and rules. */
  public void edit(
      String nameZh,
      String nameEn,
      String descriptionZh,
      String descriptionEn,
      List<EligibilityRule> rules) {
    requireDraft();
    if (blank(nameZh) || blank(nameEn) || blank(descriptionZh) || blank(descriptionEn)) {
      throw new BusinessException("bundle.catalogue.nameRequired");
    }
    this.nameZh = nameZh.strip();
    this.nameEn = nameEn.strip();
    this.descriptionZh = descriptionZh.strip();
    this.descriptionEn = descriptionEn.strip();
    this.rules.clear();
    this.rules.addAll(rules);
  }

  /**
   * Publishes this draft in place of {@code current} (null for a new bundle). Refused when an item
   * waits for an item that does not exist or the waits form a cycle, when an item has no
   * department, or when a rule or routing names a field no item asks for.
   */
  public void publish(BundleDefinition current, String by, Instant at) {
    requireDraft();
    requireConsistent();
    if (current != null) {
      if (!current.code.equals(code) || current.status != VersionStatus.PUBLISHED) {
        throw new IllegalStateException("not the published version of " + code);
      }
      current.status = VersionStatus.SUPERSEDED;
    }
    status = VersionStatus.PUBLISHED;
    publishedAt = Objects.requireNonNull(at, "at");
    publishedBy = Objects.requireNonNull(by, "by");
  }

  void requireDraft() {
    if (status != VersionStatus.DRAFT) {
      throw new BusinessException("bundle.catalogue.notDraft", versionNo);
    }
  }

  private void requireConsistent() {
    Map<String, BundleItem> byCode = new HashMap<>();
    items.forEach(i -> byCode.put(i.code(), i));
    Set<String> asked = fields().keySet();
    for (BundleItem i : items) {
      for (String w : i.waitsFor()) {
        if (!byCode.containsKey(w)) {
          throw new BusinessException("bundle.catalogue.unknownWait", i.nameZh(), w);
        }
      }
      if (i.department() == null
          && (i.routingField() == null || !i.fields().containsKey(i.routingField()))) {
        throw new BusinessException("bundle.catalogue.noDepartment", i.nameZh());
      }
    }
    for (EligibilityRule r : rules) {
      for (String k : r.fieldKeys()) {
        if (!asked.contains(k)) {
          throw new BusinessException("bundle.catalogue.ruleField", k);
        }
      }
    }
    itemsInOrder(); // throws on a cycle
  }

  /**
   * The items in an order that puts every item after the ones it waits for (ties by the catalogue's
   * order).
   */
  public List<BundleItem> itemsInOrder() {
    List<BundleItem> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    List<BundleItem> left = new ArrayList<>(items);
    left.sort(java.util.Comparator.comparingInt(BundleItem::sortOrder));
    while (!left.isEmpty()) {
      BundleItem next =
          left.stream()
              .filter(i -> placed.containsAll(i.waitsFor()))
              .findFirst()
              .orElseThrow(
                  () -> new BusinessException("bundle.catalogue.cycle", left.get(0).nameZh()));
      ordered.add(next);
      placed.add(next.code());
      left.remove(next);
    }
    return ordered;
  }

  /**
   * Every field the bundle asks for, once, with whether any item requires it: the one form. Keys in
   * the order of the items that first ask for them.
   */
  public Map<String, Boolean> fields() {
    Map<String, Boolean> union = new LinkedHashMap<>();
    for (BundleItem i : itemsInOrder()) {
      i.fields().forEach((k, required) -> union.merge(k, required, Boolean::logicalOr));
    }
    return union;
  }

  /** Every material the bundle needs, once, with the items that need it, in item order. */
  public Map<String, List<BundleItem>> materials() {
    Map<String, List<BundleItem>> union = new LinkedHashMap<>();
    for (BundleItem i : itemsInOrder()) {
      for (String m : i.materials()) {
        union.computeIfAbsent(m, k -> new ArrayList<>()).add(i);
      }
    }
    return union;
  }

  public BundleItem item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public UUID id() {
    return id;
  }

  public String code() {
    return code;
  }

  public int versionNo() {
    return versionNo;
  }

  public VersionStatus status() {
    return status;
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

  public String description(Locale locale) {
    return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionZh;
  }

  public String descriptionZh() {
    return descriptionZh;
  }

  public String descriptionEn() {
    return descriptionEn;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public List<EligibilityRule> rules() {
    return Collections.unmodifiableList(rules);
  }

  public List<BundleItem> items() {
    return Collections.unmodifiableList(items);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BundleDefinition other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
