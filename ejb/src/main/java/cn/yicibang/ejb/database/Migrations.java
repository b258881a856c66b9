package cn.yicibang.ejb.database;

import cn.yicibang.ejb.config.Setting;
import cn.yicibang.ejb.demo.DemoAccounts;
import cn.yicibang.ejb.demo.DemoMediationHistory;
import cn.yicibang.ejb.demo.DemoRegister;
import cn.yicibang.ejb.demo.DemoYoungFamily;
import cn.yicibang.ejb.security.Passwords;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema and the reference data up to date at deployment, before anything else starts.
 * Flyway takes a database lock, so several nodes starting together migrate once. Demonstration data
 * has its own history table and is applied only when {@link Setting#DEMO} is on, so a production
 * database never receives it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Migrations {

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private Passwords passwords;

  @Inject private cn.yicibang.ejb.mediation.MediationFigures figures;

  private volatile String appliedVersion;
  private volatile int knownMigrations = Integer.MAX_VALUE;
  private volatile boolean demoApplied;

  @PostConstruct
  void migrate() {
    ClassLoader loader = Migrations.class.getClassLoader();
    Flyway schema = schema(dataSource, loader);
    var result = schema.migrate();
    var info = schema.info();
    knownMigrations = info.applied().length;
    appliedVersion = info.current() == null ? null : info.current().getVersion().getVersion();
    LOG.info(
        () ->
            "Schema at version "
                + appliedVersion
                + ", "
                + result.migrationsExecuted
                + " migrations applied now");
    if (Setting.DEMO.enabled()) {
      var demo = demo(dataSource, loader, passwords::hash).migrate();
      demoApplied = true;
      if (demo.migrations.stream().anyMatch(m -> DemoMediationHistory.VERSION.equals(m.version))) {
        // the demo disputes went in by plain JDBC: count their figures from their timelines
        figures.rebuild();
      }
      LOG.info(() -> "Demonstration data: " + demo.migrationsExecuted + " migrations applied now");
      LOG.info(
          () ->
              "\n  Yicibang demo: open "
                  + (Setting.PUBLIC_URL.value().isBlank()
                      ? "this server's address (http://localhost:8080 when run by mvn -Prun)"
                      : Setting.PUBLIC_URL.value())
                  + "/ and log in as "
                  + String.join(", ", DemoRegister.ACCOUNTS)
                  + "\n  password for every demo account: "
                  + DemoRegister.DEMO_PASSWORD);
    }
  }

  /**
   * The schema migrations; public so tests run exactly these. What one database needs differently
   * (an index type) sits under {@code db/vendor/<database>} with the same version for each.
   */
  public static Flyway schema(DataSource dataSource, ClassLoader loader) {
    return Flyway.configure(loader)
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource))
        .failOnMissingLocations(true)
        .load();
  }

  /** {@code postgresql} or {@code h2}: the database product, as the vendor folders are named. */
  static String vendor(DataSource dataSource) {
    try (java.sql.Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
    }
  }

  /** The demonstration data, with its own history table. */
  public static Flyway demo(
      DataSource dataSource, ClassLoader loader, Function<char[], String> passwordHasher) {
    return Flyway.configure(loader)
        .dataSource(dataSource)
        .table("flyway_demo_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .locations("classpath:db/demo")
        .javaMigrations(
            new DemoRegister(passwordHasher),
            DemoAccounts.hall(passwordHasher),
            new DemoYoungFamily(),
            DemoAccounts.mediation(passwordHasher),
            new DemoMediationHistory())
        .load();
  }

  /** How many versioned migrations this build carries (all applied at start-up). */
  public int knownMigrations() {
    return knownMigrations;
  }

  public String appliedVersion() {
    return appliedVersion;
  }

  public boolean demoApplied() {
    return demoApplied;
  }
}
