package cn.yicibang.ejb.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one datasource, defined by the application so that both deployables carry it. Embedded H2 in
 * a file under {@code ./data} by default; PostgreSQL by setting {@code YICIBANG_DB_URL}, {@code
 * YICIBANG_DB_DRIVER}, {@code YICIBANG_DB_USER} and {@code YICIBANG_DB_PASSWORD} (or the same keys
 * as {@code -Dyicibang.db.url=…}). The placeholders are resolved by Payara when the pool is
 * created, before the application's own config files are read, so the defaults live here.
 */
@DataSourceDefinition(
    name = YicibangDataSource.JNDI_NAME,
    className = "${MPCONFIG=yicibang.db.driver:org.h2.jdbcx.JdbcDataSource}",
    url = "${MPCONFIG=yicibang.db.url:jdbc:h2:file:./data/yicibang}",
    user = "${MPCONFIG=yicibang.db.user:yicibang}",
    password = "${MPCONFIG=yicibang.db.password:yicibang}",
    minPoolSize = 2,
    maxPoolSize = 32,
    initialPoolSize = 2,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
public class YicibangDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/yicibang";
}
