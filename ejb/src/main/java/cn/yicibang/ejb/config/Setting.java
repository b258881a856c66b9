package cn.yicibang.ejb.config;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting of Yicibang, with its default, read through MicroProfile Config (system properties,
 * then environment variables such as {@code YICIBANG_DEMO}, then microprofile-config.properties).
 * The datasource is the exception: it is created before the application's config is readable, so
 * its keys sit in {@code ${MPCONFIG=key:default}} placeholders on {@link
 * cn.yicibang.ejb.database.YicibangDataSource}.
 */
public enum Setting {
  /** Load the demonstration district's residents and demo accounts. Never in production. */
  DEMO("yicibang.demo", "false"),
  /**
   * The address the public reaches the server by, printed in QR codes and links (a form's
   * verification page, a case's progress page). Unset, each print uses the address the clerk's
   * browser reached the server by ({@link cn.yicibang.ejb.printing.PublicLinks}).
   */
  PUBLIC_URL("yicibang.public-url", ""),
  /** Creates the account "admin" on a database that has no user yet; remove after first start. */
  INITIAL_ADMIN_PASSWORD("yicibang.admin.initial-password", ""),
  /** The organisation the first administrator belongs to. */
  INITIAL_ADMIN_ORGANISATION("yicibang.admin.organisation", "BB-XIUYU"),
  /** Days an applicant has to bring missing materials, printed on the supplement notice. */
  SUPPLEMENT_DAYS("yicibang.household.supplement-days", "30"),
  /** Maximum rows a register search returns. */
  SEARCH_LIMIT("yicibang.search.limit", "50"),
  /**
   * Seconds a REST caller's verified password is remembered (as a keyed hash, never the password),
   * so that each request does not pay the deliberately slow password hash; 0 turns it off. A
   * disabled account or changed password takes effect after at most this long.
   */
  CREDENTIAL_CACHE_SECONDS("yicibang.security.credential-cache-seconds", "120"),
  /** Failed logins of one user name, within the window, that lock it. */
  LOGIN_MAX_FAILURES("yicibang.security.login-max-failures", "5"),
  /**
   * Failed logins from one network address, within the window, that lock the address (higher than
   * for a user: a whole service hall may share one address).
   */
  LOGIN_MAX_ADDRESS_FAILURES("yicibang.security.login-max-address-failures", "50"),
  /** Minutes within which failures are counted, and for which a lock holds. */
  LOGIN_LOCK_MINUTES("yicibang.security.login-lock-minutes", "15"),
  /** Seconds between two looks for disputes a mediation body has not accepted in time. */
  ACCEPTANCE_WATCH_SECONDS("yicibang.mediation.acceptance-watch-seconds", "600"),
  /** Seconds between two looks for department tasks of a bundle past their due date. */
  OVERDUE_TASKS_SECONDS("yicibang.bundle.overdue-watch-seconds", "600"),
  /**
   * Seconds a department's notification waits after its first failed delivery; each further failure
   * doubles the wait, up to the longest.
   */
  DELIVERY_FIRST_RETRY_SECONDS("yicibang.exchange.first-retry-seconds", "5"),
  /** The longest wait between two delivery attempts of one notification, in seconds. */
  DELIVERY_LONGEST_RETRY_SECONDS("yicibang.exchange.longest-retry-seconds", "3600"),
  /** Seconds between two purges of login-failure counts that have run out. */
  LOGIN_PURGE_SECONDS("yicibang.security.login-purge-seconds", "3600");

  private final String key;
  private final String defaultValue;

  Setting(String key, String defaultValue) {
    this.key = key;
    this.defaultValue = defaultValue;
  }

  public String key() {
    return key;
  }

  public String value() {
    return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(defaultValue);
  }

  public boolean enabled() {
    return Boolean.parseBoolean(value().strip());
  }

  public int asInt() {
    return Integer.parseInt(value().strip());
  }
}
