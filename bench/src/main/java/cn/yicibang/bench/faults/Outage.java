package cn.yicibang.bench.faults;

import cn.yicibang.bench.Bench;
import cn.yicibang.bench.Report;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * PostgreSQL stopped for ten seconds under load, and started again. The application's health check
 * must go down and come back by itself; requests in between must be refused with 503 and a sentence
 * (no 500, no stack trace); clients retrying with the same {@code Idempotency-Key} must end with
 * exactly one result each; afterwards the same checks as after a killed node.
 */
public final class Outage extends FaultRun {

  @Override
  public String name() {
    return "outage";
  }

  @Override
  public String describe() {
    return "PostgreSQL stopped for 10 s under load: health down and up, clear 503s, one result per"
        + " key";
  }

  @Override
  public Report run(Bench.Context context) throws Exception {
    boolean quick = context.options().containsKey("short");
    int outageSeconds = context.intOption("outage-seconds", 10);
    int workers = context.intOption("workers", quick ? 4 : 8);
    int around = quick ? 10 : 30;
    Report report =
        new Report(name()).setup("outage_seconds", outageSeconds).setup("workers", workers);
    try (Cluster cluster = new Cluster(context.env().root());
        Department department = new Department(Department.Flakiness.NONE, cluster::bases)) {
      cluster.freshDatabase();
      cluster.start(0, SETTINGS);
      endpoints(cluster, department);
      Workload w = new Workload(() -> List.of(cluster.base(0)));
      try (Connection c = cluster.jdbc()) {
        w.residents(c, 20_000);
      }
      // /health, every 200 ms: when it went down and when it came back
      List<String> health = new CopyOnWriteArrayList<>();
      AtomicBoolean stop = new AtomicBoolean();
      Instant start = Instant.now();
      Instant[] downUp = new Instant[2];
      Instant[] stoppedAt = new Instant[1];
      Thread watcher =
          new Thread(
              () -> {
                int last = 200;
                while (!stop.get()) {
                  int status = cluster.status(0, "health");
                  if (status != last) {
                    health.add(seconds(start, Instant.now()) + " → " + status);
                    // only what happens once the database is stopped counts (a slow answer
                    // before it is not the outage)
                    if (status != 200 && downUp[0] == null && stoppedAt[0] != null) {
                      downUp[0] = Instant.now();
                    }
                    if (status == 200 && downUp[0] != null && downUp[1] == null) {
                      downUp[1] = Instant.now();
                    }
                    last = status;
                  }
                  try {
                    Thread.sleep(200);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      watcher.setDaemon(true);
      watcher.start();
      List<Thread> threads =
          workers(w, workers, stop, Workload::householdChange, Workload::bundle, Workload::dispute);
      Thread.sleep(around * 1000L);
      Instant stopped = Instant.now();
      stoppedAt[0] = stopped;
      cluster.stopDatabase();
      Thread.sleep(outageSeconds * 1000L);
      // the database accepts connections a moment before its start command returns, so health
      // may rightly be up before "restarted": only up before the start began is wrong
      Instant restarting = Instant.now();
      cluster.startDatabase();
      Instant restarted = Instant.now();
      Thread.sleep(around * 1000L);
      stop.set(true);
      join(threads);
      long open = awaitAcknowledged(cluster, Duration.ofMinutes(3));
      department.drainAcks(Duration.ofMinutes(1));
      watcher.interrupt();
      watcher.join(5_000);

      long pieces =
          w.acknowledged.stream()
              .filter(a -> List.of("change", "bundle", "dispute").contains(a.kind()))
              .count();
      report.note(
          String.format(
              "load %s: %d writes acknowledged (%d cases), %d prints, %d requests sent again;"
                  + " database stopped at %s for %d s; health: %s; %d notifications still open",
              seconds(start, Instant.now()),
              w.acknowledged.size(),
              pieces,
              w.prints.get(),
              Client.RETRIES.get(),
              seconds(start, stopped),
              outageSeconds,
              String.join(", ", health),
              open));
      try (Connection c = cluster.jdbc()) {
        Checks checks = new Checks(c, report);
        List<String> wrongHealth = new ArrayList<>();
        if (downUp[0] == null) {
          wrongHealth.add("health never went down");
        } else if (downUp[1] == null) {
          wrongHealth.add("health did not come back");
        } else if (downUp[0].isAfter(restarted)) {
          wrongHealth.add("health went down only after the database was back");
        } else if (downUp[1].isBefore(restarting)) {
          wrongHealth.add("health was up again before the database was");
        } else if (Duration.between(restarted, downUp[1]).toSeconds() > 30) {
          wrongHealth.add(
              "health came back " + seconds(restarted, downUp[1]) + " after the database");
        }
        checks.zero(
            "health not down during the outage and up after it",
            wrongHealth.size(),
            1,
            wrongHealth);
        report.note(
            "answers of 500 or more: "
                + Client.SERVER_ERRORS
                + (downUp[1] == null
                    ? ""
                    : "; health back "
                        + seconds(restarting, downUp[1])
                        + " after the database start began (the start took "
                        + seconds(restarting, restarted)
                        + ")"));
        List<String> unclear = new ArrayList<>();
        long serverErrors = 0;
        for (var e : Client.SERVER_ERROR_BODIES.entrySet()) {
          serverErrors += Client.SERVER_ERRORS.get(e.getKey()).get();
          for (String body : e.getValue()) {
            if (e.getKey() != 503
                || !body.contains("\"detail\"")
                || body.contains("Exception")
                || body.contains("\tat ")) {
              unclear.add(e.getKey() + " " + body.substring(0, Math.min(200, body.length())));
            }
          }
        }
        if (!Client.SERVER_ERROR_BODIES.containsKey(503)) {
          unclear.add("no request was refused with 503 during the outage");
        }
        checks.zero(
            "answers during the outage other than a 503 with a sentence",
            unclear.size(),
            serverErrors,
            unclear);
        workFailures(checks, w, pieces + w.failures.get());
        checks.acknowledgedExactlyOnce(w.acknowledged);
        checks.gapless();
        checks.notifications(department);
        checks.wholeCases();
        return finish(report, checks);
      }
    }
  }
}
