package cn.yicibang.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private final AtomicLong now = new AtomicLong(1_000_000);
  private final AtomicInteger checks = new AtomicInteger();

  /** The identity store: "clerk" with "right" is valid, anything else is not. */
  private final Function<UsernamePasswordCredential, CredentialValidationResult> store =
      c -> {
        checks.incrementAndGet();
        return c.getCaller().equals("clerk") && c.getPasswordAsString().equals("right")
            ? new CredentialValidationResult("clerk", Set.of("COUNTER_CLERK"))
            : CredentialValidationResult.INVALID_RESULT;
      };

  @Test
  void anAcceptedPasswordIsRememberedForAWhileThenCheckedAgain() {
    VerifiedCredentials cache = new VerifiedCredentials(() -> 120_000, now::get);
    for (int i = 0; i < 5; i++) {
      assertThat(cache.validate(credential("clerk", "right"), store).getStatus())
          .isEqualTo(CredentialValidationResult.Status.VALID);
    }
    assertThat(checks).hasValue(1);
    now.addAndGet(120_001);
    cache.validate(credential("clerk", "right"), store);
    assertThat(checks).hasValue(2);
  }

  @Test
  void aWrongPasswordIsAlwaysCheckedAndNeverLetIn() {
    VerifiedCredentials cache = new VerifiedCredentials(() -> 120_000, now::get);
    cache.validate(credential("clerk", "right"), store);
    for (int i = 0; i < 3; i++) {
      assertThat(cache.validate(credential("clerk", "wrong"), store).getStatus())
          .isEqualTo(CredentialValidationResult.Status.INVALID);
    }
    assertThat(checks).hasValue(4);
  }

  @Test
  void zeroSecondsTurnsItOff() {
    VerifiedCredentials cache = new VerifiedCredentials(() -> 0, now::get);
    cache.validate(credential("clerk", "right"), store);
    cache.validate(credential("clerk", "right"), store);
    assertThat(checks).hasValue(2);
  }

  private static UsernamePasswordCredential credential(String user, String password) {
    return new UsernamePasswordCredential(user, password);
  }
}
