package cn.yicibang.domain.household;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * The last number issued by one organisation in one series and year. Read under a pessimistic lock
 * and advanced in the same transaction as the acceptance, so numbers are unique and gapless: a
 * rolled-back acceptance rolls its number back too.
 */
@Entity
@Table(name = "number_counter")
public class AcceptanceCounter {

  /** What is numbered: each series counts on its own, so one never leaves gaps in another. */
  public enum Series {
    /** Household change applications, per station. */
    CHANGE,
    /** One-stop bundle applications, per service hall. */
    BUNDLE,
    /** Disputes handed over to mediation, per police station. */
    DISPUTE,
    /** Households founded by a move (立户), per police station. */
    HOUSEHOLD,
    /** Migration records (户口迁移证) issued for moves out of the district, per police station. */
    MIGRATION
  }

  /** Organisation, series and year. */
  @Embeddable
  public static class Key implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    @Column(name = "organisation_id", length = 32)
    private String stationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "series", length = 16)
    private Series series;

    @Column(name = "counter_year")
    private int year;

    protected Key() {}

    public Key(String stationId, Series series, int year) {
      this.stationId = stationId;
      this.series = series;
      this.year = year;
    }

    public int year() {
      return year;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && year == k.year
          && series == k.series
          && Objects.equals(stationId, k.stationId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(stationId, series, year);
    }
  }

  @EmbeddedId private Key key;

  @Column(name = "last_value", nullable = false)
  private long lastValue;

  protected AcceptanceCounter() {}

  public AcceptanceCounter(String stationId, Series series, int year) {
    this.key =
        new Key(
            Objects.requireNonNull(stationId, "stationId"),
            Objects.requireNonNull(series, "series"),
            year);
  }

  /**
   * The next number, e.g. {@code 350305101-2026-000123}: the station's seat (its town's code), the
   * year and a six-digit serial.
   */
  public String next(String seatCode) {
    lastValue++;
    return String.format(Locale.ROOT, "%s-%d-%06d", seatCode, key.year(), lastValue);
  }

  /** Advances the counter and gives the new value, for numbers of another shape. */
  public long nextValue() {
    return ++lastValue;
  }

  public long lastValue() {
    return lastValue;
  }
}
