package cn.yicibang.domain.security;

import cn.yicibang.domain.organisation.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who logs in. Belongs to exactly one organisation, whose jurisdiction bounds what the
 * user may see. The password is stored only as a salted PBKDF2 hash in the format of Jakarta
 * Security's {@code Pbkdf2PasswordHash}.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

  public static final int USERNAME_LENGTH = 64;

  @Id
  @Column(name = "username", length = USERNAME_LENGTH)
  private String username;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role", length = 32)
  private Set<String> roles = new HashSet<>();

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String passwordHash,
      Organisation organisation,
      Set<String> roles) {
    this.username = Objects.requireNonNull(username, "username");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    if (!Role.ALL.containsAll(roles)) {
      throw new IllegalArgumentException("unknown role in " + roles);
    }
    this.roles = new HashSet<>(roles);
    this.enabled = true;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Organisation organisation() {
    return organisation;
  }

  public boolean enabled() {
    return enabled;
  }

  public Set<String> roles() {
    return Collections.unmodifiableSet(roles);
  }

  /** The salted hash that accepts the password from now on (the policy is checked before). */
  public void changePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
  }

  public String passwordHash() {
    return passwordHash;
  }

  /**
   * A short fingerprint of everything a login was granted under: the password (its salted hash, new
   * at every change), whether the account is enabled, its organisation and its roles. A session or
   * a remembered REST credential made under another stamp is no longer valid. Not secret (it never
   * leaves the server), only different whenever one of these changes.
   */
  public String credentialStamp() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part :
          List.of(passwordHash, Boolean.toString(enabled), organisation.id(), sortedRoles())) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private String sortedRoles() {
    return String.join(",", new TreeSet<>(roles));
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof UserAccount other && username != null && username.equals(other.username());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(username);
  }
}
