package cn.yicibang.ejb.security;

import cn.yicibang.domain.AccessDeniedException;
import cn.yicibang.domain.security.UserAccount;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;

/** Resolves the authenticated principal to the user account and its organisation. */
@Stateless
public class Callers {

  @Resource private SessionContext context;

  @PersistenceContext private EntityManager em;

  /**
   * @throws AccessDeniedException when nobody is logged in or the account is disabled
   */
  public Caller current() {
    Principal principal = context.getCallerPrincipal();
    UserAccount account =
        principal == null ? null : em.find(UserAccount.class, principal.getName());
    if (account == null || !account.enabled()) {
      throw new AccessDeniedException("security.notLoggedIn");
    }
    return new Caller(
        account.username(), account.displayName(), account.organisation(), account.roles());
  }
}
