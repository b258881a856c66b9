package cn.yicibang.domain.registry;

import cn.yicibang.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The sequence numbers issued for one region code and birth date (GB 11643: odd for males, even for
 * females). Numbers only go up, so a number once issued is never issued again, even when the
 * registration it was issued for is later corrected; a number already in the register (issued
 * before this system, or elsewhere) is stepped over.
 */
@Entity
@Table(name = "resident_id_sequence")
public class ResidentIdSequence {

  /** The key: a six-digit region code and a birth date. */
  @Embeddable
  public static class Key implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    @Column(name = "region_code", length = 6)
    private String regionCode;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    protected Key() {}

    public Key(String regionCode, LocalDate birthDate) {
      if (regionCode == null || !regionCode.matches("[0-9]{6}")) {
        throw new IllegalArgumentException("region code of six digits: " + regionCode);
      }
      this.regionCode = regionCode;
      this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
    }

    public String regionCode() {
      return regionCode;
    }

    public LocalDate birthDate() {
      return birthDate;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(regionCode, k.regionCode)
          && Objects.equals(birthDate, k.birthDate);
    }

    @Override
    public int hashCode() {
      return Objects.hash(regionCode, birthDate);
    }
  }

  private static final int LAST = 999;

  @EmbeddedId private Key key;

  @Column(name = "last_odd", nullable = false)
  private int lastOdd = -1;

  @Column(name = "last_even", nullable = false)
  private int lastEven = 0;

  @Version private long version;

  protected ResidentIdSequence() {}

  public ResidentIdSequence(Key key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  /**
   * Issues the next free number for the sex.
   *
   * @param taken tells whether a number is already someone's
   * @throws BusinessException when the day's numbers of that parity are used up
   */
  public ResidentId next(Sex sex, Predicate<ResidentId> taken) {
    boolean male = sex == Sex.MALE;
    int n = male ? lastOdd : lastEven;
    while (true) {
      n += 2;
      if (n > LAST) {
        throw new BusinessException(
            "registry.residentId.sequenceExhausted", key.regionCode(), key.birthDate());
      }
      ResidentId candidate = ResidentId.issue(key.regionCode(), key.birthDate(), n);
      if (male) {
        lastOdd = n;
      } else {
        lastEven = n;
      }
      if (!taken.test(candidate)) {
        return candidate;
      }
    }
  }

  public Key key() {
    return key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResidentIdSequence other && key != null && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(key);
  }
}
