package cn.yicibang.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Duration LOCK = Duration.ofMinutes(15);
  private static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");

  @Test
  void theFifthFailureWithinTheWindowLocks() {
    LoginAttempts a = new LoginAttempts(LoginAttempts.ofUser("clerk"), T0);
    for (int i = 0; i < 4; i++) {
      assertThat(a.fail(T0.plusSeconds(i), 5, WINDOW, LOCK)).isNull();
    }
    Instant until = a.fail(T0.plusSeconds(4), 5, WINDOW, LOCK);
    assertThat(until).isEqualTo(T0.plusSeconds(4).plus(LOCK));
    assertThat(a.lockedAt(T0.plusSeconds(60))).isEqualTo(until);
    assertThat(a.lockedAt(until)).isNull();
  }

  @Test
  void failuresOutsideTheWindowStartAgain() {
    LoginAttempts a = new LoginAttempts(LoginAttempts.ofUser("clerk"), T0);
    for (int i = 0; i < 4; i++) {
      a.fail(T0, 5, WINDOW, LOCK);
    }
    assertThat(a.fail(T0.plus(WINDOW).plusSeconds(1), 5, WINDOW, LOCK)).isNull();
    assertThat(a.failures()).isEqualTo(1);
  }

  @Test
  void aLongSubjectIsClippedToTheColumn() {
    assertThat(LoginAttempts.ofUser("x".repeat(500))).hasSize(LoginAttempts.SUBJECT_LENGTH);
  }

  @Test
  void aRightPasswordClearsTheCount() {
    LoginAttempts a = new LoginAttempts(LoginAttempts.ofUser("clerk"), T0);
    for (int i = 0; i < 4; i++) {
      a.fail(
          T0.plusSeconds(i), 5, java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(15));
    }
    a.clear(T0.plusSeconds(10));
    assertThat(a.failures()).isZero();
    // four more failures do not lock: the count started again
    for (int i = 0; i < 4; i++) {
      assertThat(
              a.fail(
                  T0.plusSeconds(11 + i),
                  5,
                  java.time.Duration.ofMinutes(15),
                  java.time.Duration.ofMinutes(15)))
          .isNull();
    }
  }
}
