package cn.yicibang.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {

  private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

  private static Notification written() {
    return new Notification("DEPT-MEDINS", "HOUSEHOLD_CHANGE", "350305101-2026-000001", "{}", T0);
  }

  @Test
  void eachFailureDoublesTheWaitUpToTheLongest() {
    Notification n = written();
    Duration first = Duration.ofSeconds(1);
    Duration longest = Duration.ofSeconds(10);
    long[] expected = {1, 2, 4, 8, 10, 10};
    Instant at = T0;
    for (long seconds : expected) {
      n.claim(at, Duration.ofSeconds(60));
      n.failed(at, "HTTP 503", first, longest);
      assertThat(Duration.between(at, n.nextAttemptAt())).hasSeconds(seconds);
      assertThat(n.due(at)).isFalse();
      assertThat(n.due(n.nextAttemptAt())).isTrue();
      at = n.nextAttemptAt();
    }
    assertThat(n.attempts()).isEqualTo(expected.length);
    assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
  }

  @Test
  void
      anAcknowledgementBeforeTheDeliveryIsRecordedCountsAsDeliveredAndTheLateRecordChangesNothing() {
    Notification n = written();
    n.claim(T0, Duration.ofSeconds(60));
    assertThat(n.acknowledge("officer.medins", T0.plusMillis(5))).isTrue();
    n.delivered(T0.plusMillis(9));
    assertThat(n.status()).isEqualTo(NotificationStatus.ACKNOWLEDGED);
    assertThat(n.acknowledge("officer.medins", T0.plusSeconds(1))).isFalse();
  }

  @Test
  void aFailureRecordedAfterTheAcknowledgementSchedulesNoRetry() {
    Notification n = written();
    n.claim(T0, Duration.ofSeconds(60));
    n.acknowledge("officer.pension", T0.plusMillis(5));
    n.failed(
        T0.plusSeconds(10), "HttpTimeoutException", Duration.ofSeconds(1), Duration.ofSeconds(10));
    assertThat(n.status()).isEqualTo(NotificationStatus.ACKNOWLEDGED);
    assertThat(n.lastError()).isNull();
    assertThat(n.due(T0.plusSeconds(60))).isFalse();
  }
}
