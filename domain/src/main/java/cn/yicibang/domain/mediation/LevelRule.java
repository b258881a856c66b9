package cn.yicibang.domain.mediation;

import cn.yicibang.domain.BusinessException;
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
 * A level of people's mediation with its round cap: how many sessions a dispute may have at this
 * level before it goes up to the next (seeded "432": 4 village, 3 town, 2 district). The order of
 * levels is {@code sortOrder}; an administrator changes the caps.
 */
@Entity
@Table(name = "mediation_level_rule")
public class LevelRule {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "level", length = 12)
  private MediationLevel level;

  @Column(name = "name_zh", nullable = false, length = 20)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 40)
  private String nameEn;

  @Column(name = "max_rounds", nullable = false)
  private int maxRounds;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Version private long version;

  protected LevelRule() {}

  public LevelRule(MediationLevel level, String nameZh, String nameEn, int maxRounds, int order) {
    this.level = Objects.requireNonNull(level, "level");
    this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
    this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    this.sortOrder = order;
    revise(maxRounds);
  }

  /** A new cap; at least one round. */
  public void revise(int maxRounds) {
    if (maxRounds < 1) {
      throw new BusinessException("mediation.level.capTooSmall");
    }
    this.maxRounds = maxRounds;
  }

  public MediationLevel level() {
    return level;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  public int maxRounds() {
    return maxRounds;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public long version() {
    return version;
  }
}
