package cn.yicibang.ejb.security;

import cn.yicibang.domain.security.LoginAttempts;
import cn.yicibang.ejb.config.Setting;
import cn.yicibang.ejb.schedule.JobClaims;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

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

  @Resource private SessionContext context;

  /**
   * What an attempt came to: whether the password was tried at all, whether it was right, and the
   * lock in force afterwards, if any.
   */
  public record Outcome(boolean tried, boolean valid, Instant lockedUntil) {}

  /**
   * One login attempt of this user name: refused untried when the name (or, for a name that failed
   * lately, the address) is locked; otherwise {@code check} tries the password while the name's row
   * is locked, so attempts of one name take turns and a burst of guesses gets no more tries than
   * the limit. A wrong password counts against the name and the address; a right one clears the
   * name's count (not the address's). A locked address refuses only names that failed there, so
   * clerks who type their password right go on working.
   */
  public Outcome attempt(String username, String address, BooleanSupplier check) {
    Instant now = Instant.now();
    Duration window = Duration.ofMinutes(Setting.LOGIN_LOCK_MINUTES.asInt());
    String subject = LoginAttempts.ofUser(username);
    LoginAttempts user = em.find(LoginAttempts.class, subject, LockModeType.PESSIMISTIC_WRITE);
    if (user == null) {
      // the row is the name's lock; a concurrent first attempt of the same name makes this insert
      // fail at the flush, and the caller tries again
      user = new LoginAttempts(subject, now);
      em.persist(user);
      em.flush();
    }
    Instant locked = user.lockedAt(now);
    if (locked != null) {
      return new Outcome(false, false, locked);
    }
    if (user.failures() > 0 && address != null) {
      LoginAttempts from = em.find(LoginAttempts.class, LoginAttempts.ofAddress(address));
      if (from != null && from.lockedAt(now) != null) {
        return new Outcome(false, false, from.lockedAt(now));
      }
    }
    if (check.getAsBoolean()) {
      user.clear(now);
      return new Outcome(true, true, null);
    }
    Instant userLock = user.fail(now, Setting.LOGIN_MAX_FAILURES.asInt(), window, window);
    Instant fromAddress =
        address == null
            ? null
            : count(
                LoginAttempts.ofAddress(address),
                now,
                Setting.LOGIN_MAX_ADDRESS_FAILURES.asInt(),
                window);
    if (userLock == null) {
      return new Outcome(true, false, fromAddress);
    }
    return new Outcome(
        true, false, fromAddress == null || userLock.isAfter(fromAddress) ? userLock : fromAddress);
  }

  /** Counts that have run out (no failure within the window, no lock in force) are removed. */
  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void purgeTick() {
    LoginThrottle self = context.getBusinessObject(LoginThrottle.class);
    claims.runClaimed(
        "login-throttle-purge",
        Duration.ofSeconds(Setting.LOGIN_PURGE_SECONDS.asInt()),
        () -> self.purge());
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
