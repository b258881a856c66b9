package cn.yicibang.bench.faults;

import cn.yicibang.bench.Counts;
import cn.yicibang.bench.Report;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the fault scripts share: the cluster and the departments started, the endpoints pointed at
 * them, a mixed load on worker threads, the wait until every notification is acknowledged, the
 * checks. A script fails (exit 1) when any check finds something wrong.
 */
abstract class FaultRun implements FaultScript {

  /** Periods short enough to be seen in a few minutes; retries that wait at most ten seconds. */
  static final List<String> SETTINGS =
      List.of(
          "-Dyicibang.mediation.acceptance-watch-seconds=15",
          "-Dyicibang.bundle.overdue-watch-seconds=15",
          "-Dyicibang.exchange.first-retry-seconds=1",
          "-Dyicibang.exchange.longest-retry-seconds=10");

  /** Points both departments' endpoints at the simulated departments. */
  static void endpoints(Cluster cluster, Department department) throws Exception {
    try (Connection c = cluster.jdbc();
        PreparedStatement s =
            c.prepareStatement(
                "update exchange_endpoint set url = ? || organisation_id, secret ="
                    + " 'faults-secret', enabled = true, version = version + 1")) {
      s.setString(1, department.base().toString());
      s.executeUpdate();
    }
  }

  /** Worker threads doing the steps in turn until {@code stop} is set; returns them started. */
  static List<Thread> workers(Workload w, int count, AtomicBoolean stop, Workload.Step... steps) {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int worker = i;
      Thread t =
          new Thread(
              () -> {
                for (int n = worker; !stop.get(); n++) {
                  w.run(steps[n % steps.length], worker);
                }
              },
              "worker-" + i);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    return threads;
  }

  static void join(List<Thread> threads) throws InterruptedException {
    for (Thread t : threads) {
      t.join(Duration.ofMinutes(5).toMillis());
    }
  }

  /** Waits until no department notification is waiting to be delivered or acknowledged. */
  static long awaitAcknowledged(Cluster cluster, Duration timeout) throws Exception {
    return Counts.awaitZero(
        cluster::jdbc,
        timeout,
        Duration.ofMillis(500),
        "select count(*) from notification where recipient_id in ('DEPT-MEDINS', 'DEPT-PENSION')"
            + " and status <> 'ACKNOWLEDGED'");
  }

  static long count(Cluster cluster, String sql) throws Exception {
    return Counts.count(cluster::jdbc, sql);
  }

  static String seconds(Instant from, Instant to) {
    return String.format(Locale.ROOT, "%.1f s", Duration.between(from, to).toMillis() / 1000.0);
  }

  /** The work's own failures (a write the API never acknowledged within its patience). */
  static void workFailures(Checks checks, Workload w, long pieces) {
    checks.zero("pieces of work that failed", w.failures.get(), pieces, w.firstFailures);
  }

  /** Ends the run with exit status 1 when a check failed, after the report is written. */
  static Report finish(Report report, Checks checks) {
    report.failOnUnmet(!checks.failed().isEmpty());
    return report;
  }
}
