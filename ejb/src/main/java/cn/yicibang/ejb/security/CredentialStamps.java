package cn.yicibang.ejb.security;

import cn.yicibang.domain.security.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Each account's {@link UserAccount#credentialStamp() credential stamp} as the database holds it
 * now: the web layer compares it with the stamp a session or a remembered REST credential was made
 * under, so a password change (or a disabled account, or changed roles) ends them.
 */
@Stateless
@PermitAll
public class CredentialStamps {

  @PersistenceContext private EntityManager em;

  /** The account's stamp now, or null when there is no enabled account of that name. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String current(String username) {
    UserAccount account = em.find(UserAccount.class, username);
    return account == null || !account.enabled() ? null : account.credentialStamp();
  }
}
