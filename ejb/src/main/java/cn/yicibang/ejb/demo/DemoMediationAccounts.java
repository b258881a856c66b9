package cn.yicibang.ejb.demo;

import java.sql.Connection;
import java.util.function.Function;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Demo accounts for the police-to-mediation handoff: officers of two stations, mediators at each
 * level above the village sage committee (Dongqin village, Dongzhuang town, the district) and the
 * justice bureau's mediation supervisor. A demo migration of its own, so an earlier demo database
 * gains them.
 */
public class DemoMediationAccounts implements JavaMigration {

  /** User name, display name, organisation, role. */
  static final String[][] ROWS = {
    {"police.dongzhuang", "李振华", "PS-DONGZHUANG", "POLICE_OFFICER"},
    {"police.yuetang", "黄志鹏", "PS-YUETANG", "POLICE_OFFICER"},
    {"mediator.dongqin", "林秀英", "MC-V101201", "MEDIATOR"},
    {"mediator.dongzhuangzhen", "陈国平", "MC-T101", "MEDIATOR"},
    {"mediator.xiuyu", "吴丽萍", "MC-XIUYU", "MEDIATOR"},
    {"supervisor.justice", "郑德明", "DEPT-JUSTICE", "MEDIATION_SUPERVISOR"},
  };

  private final Function<char[], String> passwordHasher;

  public DemoMediationAccounts(Function<char[], String> passwordHasher) {
    this.passwordHasher = passwordHasher;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("4");
  }

  @Override
  public String getDescription() {
    return "demo accounts for the mediation handoff";
  }

  @Override
  public Integer getChecksum() {
    return 20261201;
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
