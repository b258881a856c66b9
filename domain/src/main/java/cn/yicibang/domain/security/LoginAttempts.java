package cn.yicibang.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The failed logins of one user name, or from one network address, within the current window. After
 * too many, the subject is locked for a while: a correct password is then refused too, so guessing
 * gains nothing. Kept in the database, so every node of a cluster counts the same failures.
 */
@Entity
@Table(name = "login_throttle")
public class LoginAttempts {

  public static final int SUBJECT_LENGTH = 200;

  @Id
  @Column(name = "subject", length = SUBJECT_LENGTH)
  private String subject;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected LoginAttempts() {}

  public LoginAttempts(String subject, Instant now) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.windowStart = Objects.requireNonNull(now, "now");
  }

  /** The key of a user name's failures. */
  public static String ofUser(String username) {
    return clip("user:" + username);
  }

  /** The key of a network address's failures. */
  public static String ofAddress(String address) {
    return clip("address:" + address);
  }

  private static String clip(String subject) {
    return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH);
  }

  /**
   * Counts one more failure. A failure after the window has passed starts a new window; the failure
   * that reaches {@code limit} locks the subject for {@code lock}.
   *
   * @return the end of the lock, or null when not locked
   */
  public Instant fail(Instant now, int limit, Duration window, Duration lock) {
    if (now.isAfter(windowStart.plus(window))) {
      windowStart = now;
      failures = 0;
    }
    failures++;
    if (failures >= limit) {
      lockedUntil = now.plus(lock);
      windowStart = now;
      failures = 0;
    }
    return lockedAt(now);
  }

  /** A right password: the count starts again from nothing. */
  public void clear(Instant now) {
    failures = 0;
    lockedUntil = null;
    windowStart = now;
  }

  /** The end of the lock in force at {@code now}, or null. */
  public Instant lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null;
  }

  public String subject() {
    return subject;
  }

  public int failures() {
    return failures;
  }
}
