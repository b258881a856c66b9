package cn.yicibang.ejb.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How passwords are hashed: salted PBKDF2-HMAC-SHA256. The parameter strings are constants so the
 * identity store definition (an annotation) and the code that hashes new passwords use the very
 * same ones.
 */
@Dependent
public class Passwords {

  public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
  public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=120000";
  public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=16";
  public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

  private static final Map<String, String> PARAMETERS =
      Arrays.stream(new String[] {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE})
          .map(p -> p.split("=", 2))
          .collect(Collectors.toUnmodifiableMap(p -> p[0], p -> p[1]));

  @Inject private Pbkdf2PasswordHash hash;

  /** A new salted hash in the identity store's format. */
  public String hash(char[] password) {
    hash.initialize(PARAMETERS);
    return hash.generate(password);
  }

  /** Whether {@code password} is the one {@code storedHash} was made from. */
  public boolean verify(char[] password, String storedHash) {
    hash.initialize(PARAMETERS);
    return hash.verify(password, storedHash);
  }
}
