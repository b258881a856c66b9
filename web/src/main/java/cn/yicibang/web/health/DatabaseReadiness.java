package cn.yicibang.web.health;

import cn.yicibang.ejb.database.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and every schema migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject private DatabaseStatus database;

  @Override
  public HealthCheckResponse call() {
    DatabaseStatus.Report report = database.report();
    return HealthCheckResponse.named("database")
        .status(report.reachable() && report.migrated())
        .withData("reachable", report.reachable())
        .withData("migrated", report.migrated())
        .withData("schemaVersion", String.valueOf(report.schemaVersion()))
        .withData("product", String.valueOf(report.product()))
        .build();
  }
}
