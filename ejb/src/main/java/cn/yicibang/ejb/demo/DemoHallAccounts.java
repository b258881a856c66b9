package cn.yicibang.ejb.demo;

import java.sql.Connection;
import java.util.function.Function;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Demo accounts for the one-stop bundles: the hall supervisor and an officer in each department a
 * bundle sends work to. A second demo migration, so a demo database made before bundles gains them.
 */
public class DemoHallAccounts implements JavaMigration {

  /** User name, display name, organisation, role. */
  static final String[][] ROWS = {
    {"supervisor.xiuyu", "王建平", "SH-XIUYU", "HALL_SUPERVISOR"},
    {"officer.health", "林雅琴", "DEPT-HEALTH", "DEPARTMENT_OFFICER"},
    {"officer.hrss", "陈晓东", "DEPT-HRSS", "DEPARTMENT_OFFICER"},
    {"officer.civil", "黄丽娟", "DEPT-CIVIL", "DEPARTMENT_OFFICER"},
    {"officer.market", "郑志远", "DEPT-MARKET", "DEPARTMENT_OFFICER"},
    {"officer.tax", "吴思敏", "DEPT-TAX", "DEPARTMENT_OFFICER"},
    {"officer.housing", "蔡文彬", "DEPT-HOUSING", "DEPARTMENT_OFFICER"},
  };

  private final Function<char[], String> passwordHasher;

  public DemoHallAccounts(Function<char[], String> passwordHasher) {
    this.passwordHasher = passwordHasher;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("2");
  }

  @Override
  public String getDescription() {
    return "demo accounts for one-stop bundles";
  }

  @Override
  public Integer getChecksum() {
    return 20261129;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    DemoRegister.insertAccounts(c, ROWS, passwordHasher);
  }
}
