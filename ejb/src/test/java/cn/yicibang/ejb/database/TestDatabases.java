package cn.yicibang.ejb.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Named;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the persistence tests run on: embedded H2 always, and a real PostgreSQL when {@code
 * YICIBANG_TEST_PG_URL} (with {@code _USER} and {@code _PASSWORD}) names one; {@code .ci/run}
 * always provides it. Each test database is fresh: a new in-memory H2, or a new schema in
 * PostgreSQL.
 */
final class TestDatabases {

  static final String PG_URL = "YICIBANG_TEST_PG_URL";

  private TestDatabases() {}

  /** A fresh database, by kind. */
  record TestDatabase(String kind, DataSource dataSource) {}

  static Stream<Named<String>> kinds() {
    return Stream.of(Named.of("H2", "h2"), Named.of("PostgreSQL", "postgresql"));
  }

  static String pgUrl() {
    String url = System.getenv(PG_URL);
    return url == null || url.isBlank() ? System.getProperty("yicibang.test.pg.url") : url;
  }

  static TestDatabase fresh(String kind) throws SQLException {
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if ("h2".equals(kind)) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:t" + id + ";DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      return new TestDatabase(kind, h2);
    }
    String schema = "t_" + id;
    PGSimpleDataSource admin = pg(pgUrl());
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    }
    PGSimpleDataSource pg = pg(pgUrl());
    pg.setCurrentSchema(schema);
    return new TestDatabase(kind, pg);
  }

  private static PGSimpleDataSource pg(String url) {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    String user = env("YICIBANG_TEST_PG_USER");
    if (user != null) {
      pg.setUser(user);
    }
    String password = env("YICIBANG_TEST_PG_PASSWORD");
    if (password != null) {
      pg.setPassword(password);
    }
    return pg;
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v != null ? v : System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
  }

  /** Overrides that run the application's own persistence unit outside the server. */
  static Map<String, Object> persistenceOverrides(DataSource dataSource) {
    Map<String, Object> p = new HashMap<>();
    p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    p.put("jakarta.persistence.jtaDataSource", dataSource);
    p.put("jakarta.persistence.nonJtaDataSource", dataSource);
    p.put(
        "hibernate.transaction.jta.platform",
        "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
    return p;
  }
}
