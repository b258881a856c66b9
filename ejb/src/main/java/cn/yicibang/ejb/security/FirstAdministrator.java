package cn.yicibang.ejb.security;

import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.security.Role;
import cn.yicibang.domain.security.UserAccount;
import cn.yicibang.ejb.config.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A production database starts with no account at all (demo accounts exist only in the demo
 * configuration). When {@link Setting#INITIAL_ADMIN_PASSWORD} is set and no user exists yet, one
 * administrator is created at the organisation named by {@link Setting#INITIAL_ADMIN_ORGANISATION};
 * afterwards the setting has no effect and should be removed. The password must meet the {@link
 * cn.yicibang.domain.security.PasswordPolicy}; a weak one creates nobody.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Passwords passwords;

  @PostConstruct
  void createIfNobodyExists() {
    String password = Setting.INITIAL_ADMIN_PASSWORD.value();
    if (password.isBlank()
        || em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() > 0) {
      return;
    }
    java.util.List<String> broken =
        cn.yicibang.domain.security.PasswordPolicy.violations("admin", password.toCharArray());
    if (!broken.isEmpty()) {
      LOG.severe(
          () ->
              "No administrator created: "
                  + Setting.INITIAL_ADMIN_PASSWORD.key()
                  + " breaks the password policy "
                  + broken);
      return;
    }
    Organisation organisation =
        em.find(Organisation.class, Setting.INITIAL_ADMIN_ORGANISATION.value());
    if (organisation == null) {
      LOG.severe(
          () ->
              "No administrator created: organisation "
                  + Setting.INITIAL_ADMIN_ORGANISATION.value()
                  + " does not exist");
      return;
    }
    em.persist(
        new UserAccount(
            "admin",
            "系统管理员",
            passwords.hash(password.toCharArray()),
            organisation,
            Set.of(Role.ADMINISTRATOR)));
    LOG.warning(
        "Created the first administrator 'admin'. Remove "
            + Setting.INITIAL_ADMIN_PASSWORD.key()
            + " from the configuration now.");
  }
}
