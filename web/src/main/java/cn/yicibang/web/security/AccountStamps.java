package cn.yicibang.web.security;

import cn.yicibang.ejb.security.CredentialStamps;
import cn.yicibang.web.errors.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The {@link cn.yicibang.domain.security.UserAccount#credentialStamp() credential stamps} this node
 * last read, each kept {@value #FRESH_MILLIS} ms so that a page and its scripts and styles do not
 * each ask the database. A session and a remembered REST credential carry the stamp they were made
 * under; once the account's stamp differs (its password was changed, it was disabled, its roles or
 * organisation changed) they are no longer valid: on this node at once (the password page {@link
 * #forget forgets} the stamp), on the others within {@value #FRESH_MILLIS} ms.
 */
@ApplicationScoped
public class AccountStamps {

  static final long FRESH_MILLIS = 2_000;

  private static final int MAX_ENTRIES = 10_000;

  /** A stamp as read (null: no enabled account of that name) and when. */
  private record Known(String stamp, long readAt) {}

  private final Map<String, Known> known = new ConcurrentHashMap<>();
  private final Function<String, String> reader;
  private final LongSupplier clock;

  @Inject private CredentialStamps stamps;

  public AccountStamps() {
    this.reader = user -> stamps.current(user);
    this.clock = System::currentTimeMillis;
  }

  AccountStamps(Function<String, String> reader, LongSupplier clock) {
    this.reader = reader;
    this.clock = clock;
  }

  /**
   * The account's stamp read from the database now: taken before a password is checked, so that a
   * change landing in between leaves the new login under the old stamp (ended at its next request),
   * never an old password under the new one.
   */
  public String fresh(String user) {
    String stamp = reader.apply(user);
    long now = clock.getAsLong();
    if (known.size() >= MAX_ENTRIES) {
      known.values().removeIf(k -> now - k.readAt() >= FRESH_MILLIS);
      if (known.size() >= MAX_ENTRIES) {
        known.clear();
      }
    }
    known.put(user, new Known(stamp, now));
    return stamp;
  }

  /**
   * Whether what was made under {@code stamp} still holds. When the database cannot be reached the
   * last stamp read decides, and with none read yet it holds: whatever the request asks for needs
   * the database and is answered "unavailable, try again" there.
   */
  public boolean holds(String user, String stamp) {
    if (stamp == null) {
      return false;
    }
    Known last = known.get(user);
    if (last != null && clock.getAsLong() - last.readAt() < FRESH_MILLIS) {
      return stamp.equals(last.stamp());
    }
    try {
      return stamp.equals(fresh(user));
    } catch (RuntimeException e) {
      if (!DatabaseOutage.is(e)) {
        throw e;
      }
      return last == null || stamp.equals(last.stamp());
    }
  }

  /**
   * After users changed their own password: this node reads the new stamp at once, the session
   * where they changed it goes on under it, and every other session of theirs (and their REST
   * credential remembered with the old password) ends at its next request.
   */
  public void changedOwnPassword(String user, HttpSession own) {
    forget(user);
    YicibangAuthentication.restamp(own, fresh(user));
  }

  /** Drops what this node remembers of the account: its next check reads the database. */
  public void forget(String user) {
    known.remove(user);
  }
}
