package cn.yicibang.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private final AtomicLong now = new AtomicLong(1_000_000);
  private final AtomicInteger checks = new AtomicInteger();
  private final AtomicReference<String> password = new AtomicReference<>("right");

  /** The account's credential stamp in the database: new with every password. */
  private final AccountStamps stamps =
      new AccountStamps(user -> user.equals("clerk") ? "stamp-" + password.get() : null, now::get);

  /** The identity store: "clerk" with "right" is valid, anything else is not. */
  private final Function<UsernamePasswordCredential, CredentialValidationResult> store =
      c -> {
        checks.incrementAndGet();
        return c.getCaller().equals("clerk") && c.getPasswordAsString().equals(password.get())
            ? new CredentialValidationResult("clerk", Set.of("COUNTER_CLERK"))
            : CredentialValidationResult.INVALID_RESULT;
      };

  @Test
  void anAcceptedPasswordIsRememberedForAWhileThenCheckedAgain() {
    VerifiedCredentials cache = new VerifiedCredentials(() -> 120_000, now::get, stamps);
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
    VerifiedCredentials cache = new VerifiedCredentials(() -> 120_000, now::get, stamps);
    cache.validate(credential("clerk", "right"), store);
    for (int i = 0; i < 3; i++) {
      assertThat(cache.validate(credential("clerk", "wrong"), store).getStatus())
          .isEqualTo(CredentialValidationResult.Status.INVALID);
    }
    assertThat(checks).hasValue(4);
  }

  @Test
  void zeroSecondsTurnsItOff() {
    VerifiedCredentials cache = new VerifiedCredentials(() -> 0, now::get, stamps);
    cache.validate(credential("clerk", "right"), store);
    cache.validate(credential("clerk", "right"), store);
    assertThat(checks).hasValue(2);
  }

  @Test
  void aChangedPasswordEndsTheRememberedOneOnThisNodeAtOnceAndOnOthersWithinTheStampsFreshness() {
    VerifiedCredentials cache = new VerifiedCredentials(() -> 120_000, now::get, stamps);
    cache.validate(credential("clerk", "right"), store);
    password.set("Another-Harbour-77");

    // another node: its stamp was read a moment ago and is believed for a little longer
    assertThat(cache.validate(credential("clerk", "right"), store).getStatus())
        .isEqualTo(CredentialValidationResult.Status.VALID);
    now.addAndGet(AccountStamps.FRESH_MILLIS);
    assertThat(cache.validate(credential("clerk", "right"), store).getStatus())
        .isEqualTo(CredentialValidationResult.Status.INVALID);

    // this node: the password page forgets the stamp, so the very next request asks again
    cache.validate(credential("clerk", "Another-Harbour-77"), store);
    password.set("Third-Harbour-88");
    stamps.forget("clerk");
    assertThat(cache.validate(credential("clerk", "Another-Harbour-77"), store).getStatus())
        .isEqualTo(CredentialValidationResult.Status.INVALID);
    assertThat(cache.validate(credential("clerk", "Third-Harbour-88"), store).getStatus())
        .isEqualTo(CredentialValidationResult.Status.VALID);
  }

  private static UsernamePasswordCredential credential(String user, String password) {
    return new UsernamePasswordCredential(user, password);
  }
}
