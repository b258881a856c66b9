package cn.yicibang.ejb.demo;

import java.sql.Connection;
import java.util.function.Function;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A demo migration that adds the demo accounts a later service needs, so that a demo database made
 * before that service gains them: the hall supervisor and department officers for the one-stop
 * bundles (version 2), the police officers, mediators and mediation supervisor for the handoff
 * (version 4).
 */
public final class DemoAccounts implements JavaMigration {

  /** User name, display name, organisation, role. */
  static final String[][] HALL = {
    {"supervisor.xiuyu", "王建平", "SH-XIUYU", "HALL_SUPERVISOR"},
    {"officer.health", "林雅琴", "DEPT-HEALTH", "DEPARTMENT_OFFICER"},
    {"officer.hrss", "陈晓东", "DEPT-HRSS", "DEPARTMENT_OFFICER"},
    {"officer.civil", "黄丽娟", "DEPT-CIVIL", "DEPARTMENT_OFFICER"},
    {"officer.market", "郑志远", "DEPT-MARKET", "DEPARTMENT_OFFICER"},
    {"officer.tax", "吴思敏", "DEPT-TAX", "DEPARTMENT_OFFICER"},
    {"officer.housing", "蔡文彬", "DEPT-HOUSING", "DEPARTMENT_OFFICER"},
  };

  /** User name, display name, organisation, role. */
  static final String[][] MEDIATION = {
    {"police.dongzhuang", "李振华", "PS-DONGZHUANG", "POLICE_OFFICER"},
    {"police.yuetang", "黄志鹏", "PS-YUETANG", "POLICE_OFFICER"},
    {"mediator.dongqin", "林秀英", "MC-V101201", "MEDIATOR"},
    {"mediator.dongzhuangzhen", "陈国平", "MC-T101", "MEDIATOR"},
    {"mediator.xiuyu", "吴丽萍", "MC-XIUYU", "MEDIATOR"},
    {"supervisor.justice", "郑德明", "DEPT-JUSTICE", "MEDIATION_SUPERVISOR"},
  };

  private final String version;
  private final String description;
  private final int checksum;
  private final String[][] rows;
  private final Function<char[], String> passwordHasher;

  private DemoAccounts(
      String version,
      String description,
      int checksum,
      String[][] rows,
      Function<char[], String> passwordHasher) {
    this.version = version;
    this.description = description;
    this.checksum = checksum;
    this.rows = rows;
    this.passwordHasher = passwordHasher;
  }

  public static DemoAccounts hall(Function<char[], String> passwordHasher) {
    return new DemoAccounts(
        "2", "demo accounts for one-stop bundles", 20261129, HALL, passwordHasher);
  }

  public static DemoAccounts mediation(Function<char[], String> passwordHasher) {
    return new DemoAccounts(
        "4", "demo accounts for the mediation handoff", 20261201, MEDIATION, passwordHasher);
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(version);
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return checksum;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    DemoRegister.insertAccounts(c, rows, passwordHasher);
  }
}
