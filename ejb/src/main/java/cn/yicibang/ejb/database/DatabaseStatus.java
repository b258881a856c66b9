package cn.yicibang.ejb.database;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Is the database there, and is its schema the one this build expects? For /health. */
@Stateless
public class DatabaseStatus {

  /** What a health check reports. */
  public record Report(boolean reachable, boolean migrated, String schemaVersion, String product) {}

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private Migrations migrations;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report report() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(3);
      String product = c.getMetaData().getDatabaseProductName();
      // Flyway creates its table with quoted lower-case names on every database
      try (ResultSet rs =
          s.executeQuery(
              "select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null")) {
        rs.next();
        int applied = rs.getInt(1);
        return new Report(
            true, applied >= migrations.knownMigrations(), migrations.appliedVersion(), product);
      } catch (SQLException e) {
        return new Report(true, false, null, product);
      }
    } catch (SQLException e) {
      return new Report(false, false, null, null);
    }
  }
}
