package cn.yicibang.ejb.security;

import cn.yicibang.domain.security.LoginAttempts;
import cn.yicibang.ejb.config.Setting;
import cn.yicibang.ejb.schedule.JobClaims;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed logins per user name and per network address and locks either after too many
 * ({@link Setting#LOGIN_MAX_FAILURES}, {@link Setting#LOGIN_MAX_ADDRESS_FAILURES} within {@link
 * Setting#LOGIN_LOCK_MINUTES}). Asked before a password is checked, so a locked name is refused
 * without a guess being tried. Every call is its own transaction: a count survives the failed login
 * it counts.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {

  @PersistenceContext private EntityManager em;

  @Inject private JobClaims claims;

  /**
   * The end of a lock in force now for this user name, or null. A locked address (a whole hall may
   * share one) refuses only names that failed there lately, so guessing across many names stops
   * while the clerks who type their password right go on working.
   */
  public Instant lockedUntil(String username, String address) {
    Instant now = Instant.now();
    LoginAttempts user = em.find(LoginAttempts.class, LoginAttempts.ofUser(username));
    Instant userLock = user == null ? null : user.lockedAt(now);
    if (userLock != null || user == null || address == null) {
      return userLock;
    }
    LoginAttempts from = em.find(LoginAttempts.class, LoginAttempts.ofAddress(address));
    return from == null ? null : from.lockedAt(now);
  }

  /**
   * Counts one failure against the user name and the address.
   *
   * @return the end of the lock this failure set or left in force, or null
   */
  public Instant failed(String username, String address) {
    Instant now = Instant.now();
    Duration window = Duration.ofMinutes(Setting.LOGIN_LOCK_MINUTES.asInt());
    Instant user =
        count(LoginAttempts.ofUser(username), now, Setting.LOGIN_MAX_FAILURES.asInt(), window);
    Instant fromAddress =
        address == null
            ? null
            : count(
                LoginAttempts.ofAddress(address),
                now,
                Setting.LOGIN_MAX_ADDRESS_FAILURES.asInt(),
                window);
    if (user == null) {
      return fromAddress;
    }
    return fromAddress == null || user.isAfter(fromAddress) ? user : fromAddress;
  }

  /** A correct password clears the user name's count (not the address's). */
  public void succeeded(String username) {
    em.createQuery("delete from LoginAttempts a where a.subject = :s")
        .setParameter("s", LoginAttempts.ofUser(username))
        .executeUpdate();
  }

  /** Counts that have run out (no failure within the window, no lock in force) are removed. */
  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  void purgeTick() {
    if (claims.claim(
        "login-throttle-purge", Duration.ofSeconds(Setting.LOGIN_PURGE_SECONDS.asInt()))) {
      purge();
    }
  }

  /** Removes the counts that have run out; returns how many. */
  public int purge() {
    Instant now = Instant.now();
    Instant windowStart = now.minus(Duration.ofMinutes(Setting.LOGIN_LOCK_MINUTES.asInt()));
    return em.createQuery(
            "delete from LoginAttempts a where a.windowStart < :start and (a.lockedUntil is null"
                + " or a.lockedUntil < :now)")
        .setParameter("start", windowStart)
        .setParameter("now", now)
        .executeUpdate();
  }

  private Instant count(String subject, Instant now, int limit, Duration window) {
    LoginAttempts attempts = em.find(LoginAttempts.class, subject, LockModeType.PESSIMISTIC_WRITE);
    if (attempts == null) {
      // a concurrent first failure of the same subject makes this insert fail; the caller retries
      attempts = new LoginAttempts(subject, now);
      em.persist(attempts);
    }
    return attempts.fail(now, limit, window, window);
  }
}
