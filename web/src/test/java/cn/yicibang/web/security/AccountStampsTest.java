package cn.yicibang.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AccountStampsTest {

  private final AtomicLong now = new AtomicLong(5_000_000);
  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicReference<String> stamp = new AtomicReference<>("a");
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  private final AccountStamps stamps =
      new AccountStamps(
          user -> {
            reads.incrementAndGet();
            if (failure.get() != null) {
              throw failure.get();
            }
            return user.equals("clerk") ? stamp.get() : null;
          },
          now::get);

  @Test
  void aStampReadAMomentAgoIsBelievedWithoutAskingAgain() {
    assertThat(stamps.fresh("clerk")).isEqualTo("a");
    for (int i = 0; i < 10; i++) {
      assertThat(stamps.holds("clerk", "a")).isTrue();
    }
    assertThat(reads).hasValue(1);
    now.addAndGet(AccountStamps.FRESH_MILLIS);
    assertThat(stamps.holds("clerk", "a")).isTrue();
    assertThat(reads).hasValue(2);
  }

  @Test
  void aChangedStampNoLongerHoldsOnceReadAgain() {
    stamps.fresh("clerk");
    stamp.set("b");
    stamps.forget("clerk");
    assertThat(stamps.holds("clerk", "a")).isFalse();
    assertThat(stamps.holds("clerk", "b")).isTrue();
  }

  @Test
  void noStampAndNoAccountNeverHold() {
    assertThat(stamps.holds("clerk", null)).isFalse();
    assertThat(stamps.holds("nobody", "a")).isFalse();
  }

  @Test
  void whileTheDatabaseIsDownTheLastStampReadDecides() {
    stamps.fresh("clerk");
    now.addAndGet(AccountStamps.FRESH_MILLIS);
    failure.set(new PersistenceException(new SQLException("refused", "08001")));
    assertThat(stamps.holds("clerk", "a")).isTrue();
    assertThat(stamps.holds("clerk", "old")).isFalse();
    // nothing read yet: the request goes on and is told the database is unavailable there
    assertThat(stamps.holds("other", "x")).isTrue();
    // a fault that is not an outage is not swallowed
    failure.set(new IllegalStateException("bug"));
    assertThatThrownBy(() -> stamps.holds("clerk", "a")).isInstanceOf(IllegalStateException.class);
  }
}
