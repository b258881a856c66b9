package cn.yicibang.web.security;

import cn.yicibang.ejb.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * REST callers send their password with every request (HTTP Basic), and the stored hash is slow on
 * purpose (PBKDF2, about 80 ms a check). A credential the identity store accepted is remembered for
 * a short while under a keyed hash of name and password (the key is random per process, so the
 * memory holds nothing that would let anyone recover or test a password), and a repeat request is
 * let in without hashing again. Only accepted credentials are remembered; a wrong password always
 * goes to the store. Each is remembered with the account's {@link AccountStamps credential stamp}
 * and only as long as that holds: a changed password (or a disabled account) is asked again.
 */
@ApplicationScoped
public class VerifiedCredentials {

  private static final int MAX_ENTRIES = 10_000;

  private record Verified(CredentialValidationResult result, String stamp, long until) {}

  private final SecretKeySpec key;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  private final java.util.function.LongSupplier keepMillis;
  private final java.util.function.LongSupplier clock;

  @Inject private AccountStamps stamps;

  public VerifiedCredentials() {
    this(() -> Setting.CREDENTIAL_CACHE_SECONDS.asInt() * 1000L, System::currentTimeMillis, null);
  }

  VerifiedCredentials(
      java.util.function.LongSupplier keepMillis,
      java.util.function.LongSupplier clock,
      AccountStamps stamps) {
    this.keepMillis = keepMillis;
    this.clock = clock;
    this.stamps = stamps;
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    key = new SecretKeySpec(random, "HmacSHA256");
  }

  /** The store's answer, from memory when this credential was accepted a moment ago. */
  public CredentialValidationResult validate(
      UsernamePasswordCredential credential,
      Function<UsernamePasswordCredential, CredentialValidationResult> store) {
    long keep = keepMillis.getAsLong();
    if (keep <= 0) {
      return store.apply(credential);
    }
    String id = fingerprint(credential);
    long now = clock.getAsLong();
    String user = credential.getCaller();
    Verified known = verified.get(id);
    if (known != null && known.until() > now && stamps.holds(user, known.stamp())) {
      return known.result();
    }
    String stamp = stamps.fresh(user);
    CredentialValidationResult result = store.apply(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      if (verified.size() >= MAX_ENTRIES) {
        verified.values().removeIf(v -> v.until() <= now);
        if (verified.size() >= MAX_ENTRIES) {
          verified.clear();
        }
      }
      verified.put(id, new Verified(result, stamp, now + keep));
    } else {
      verified.remove(id);
    }
    return result;
  }

  private String fingerprint(UsernamePasswordCredential c) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(c.getCaller().getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(c.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
