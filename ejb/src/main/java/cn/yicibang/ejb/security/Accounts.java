package cn.yicibang.ejb.security;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.security.PasswordPolicy;
import cn.yicibang.domain.security.UserAccount;
import cn.yicibang.domain.security.WeakPasswordException;
import cn.yicibang.ejb.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A user's own account: changing the password, under the password policy. */
@Stateless
@PermitAll
public class Accounts {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private Passwords passwords;

  @Inject private AuditLog audit;

  @Inject private LoginThrottle throttle;

  /**
   * Replaces the caller's password.
   *
   * @throws WeakPasswordException naming every rule the new password breaks
   * @throws BusinessException {@code password.currentWrong} when the current password is wrong
   */
  public void changePassword(char[] current, char[] replacement) {
    Caller caller = callers.current();
    UserAccount account = em.find(UserAccount.class, caller.username());
    LoginThrottle.Outcome outcome =
        throttle.attempt(
            account.username(), null, () -> passwords.verify(current, account.passwordHash()));
    if (!outcome.tried()) {
      throw new BusinessException("password.locked");
    }
    if (!outcome.valid()) {
      // guessing the current password from an open session counts like a failed login
      audit.recordAlone(
          account.username(),
          caller.organisation().id(),
          AuditAction.LOGIN_FAILED,
          "User",
          account.username(),
          "wrong current password on the password page");
      throw new BusinessException("password.currentWrong");
    }
    List<String> broken = PasswordPolicy.violations(account.username(), replacement);
    if (!broken.isEmpty()) {
      throw new WeakPasswordException(broken);
    }
    if (passwords.verify(replacement, account.passwordHash())) {
      throw new WeakPasswordException(List.of("password.unchanged"));
    }
    account.changePasswordHash(passwords.hash(replacement));
    audit.record(caller, AuditAction.PASSWORD_CHANGED, "User", account.username(), null);
  }

  /**
   * Every account's name as people know it (display name by login name): pages show who did what by
   * name, never by login id.
   */
  public java.util.Map<String, String> displayNames() {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    em.createQuery("select u.username, u.displayName from UserAccount u", Object[].class)
        .getResultList()
        .forEach(r -> names.put((String) r[0], (String) r[1]));
    return names;
  }
}
