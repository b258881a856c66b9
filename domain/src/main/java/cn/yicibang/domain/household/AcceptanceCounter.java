package cn.yicibang.domain.household;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * The last acceptance number issued by one station in one year. Read under a pessimistic lock and
 * advanced in the same transaction as the acceptance, so numbers are unique and gapless: a
 * rolled-back acceptance rolls its number back too.
 */
@Entity
@Table(name = "acceptance_counter")
public class AcceptanceCounter {

  /** Station and year. */
  @Embeddable
  public static class Key implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    @Column(name = "station_id", length = 32)
    private String stationId;

    @Column(name = "counter_year")
    private int year;

    protected Key() {}

    public Key(String stationId, int year) {
      this.stationId = stationId;
      this.year = year;
    }

    public int year() {
      return year;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && year == k.year && Objects.equals(stationId, k.stationId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(stationId, year);
    }
  }

  @EmbeddedId private Key key;

  @Column(name = "last_value", nullable = false)
  private long lastValue;

  protected AcceptanceCounter() {}

  public AcceptanceCounter(String stationId, int year) {
    this.key = new Key(Objects.requireNonNull(stationId, "stationId"), year);
  }

  /**
   * The next number, e.g. {@code 350305101-2026-000123}: the station's seat (its town's code), the
   * year and a six-digit serial.
   */
  public String next(String seatCode) {
    lastValue++;
    return String.format(Locale.ROOT, "%s-%d-%06d", seatCode, key.year(), lastValue);
  }

  public long lastValue() {
    return lastValue;
  }
}
