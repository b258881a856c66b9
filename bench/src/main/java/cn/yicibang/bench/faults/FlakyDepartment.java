package cn.yicibang.bench.faults;

import cn.yicibang.bench.Bench;
import cn.yicibang.bench.Report;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Household changes approved on two nodes until {@code --notifications} department notifications
 * (10,000) are written, delivered to departments that are slow (up to 300 ms), refuse a third of
 * requests with 503, apply a twentieth and then cut the connection without answering, and
 * acknowledge a twentieth twice. Afterwards none may be lost, none applied twice.
 */
public final class FlakyDepartment extends FaultRun {

  @Override
  public String name() {
    return "flaky";
  }

  @Override
  public String describe() {
    return "departments slow, failing a third, losing answers, acknowledging twice: 10,000"
        + " notifications, none lost or applied twice";
  }

  @Override
  public Report run(Bench.Context context) throws Exception {
    boolean quick = context.options().containsKey("short");
    int target = context.intOption("notifications", quick ? 1_000 : 10_000);
    int workers = context.intOption("workers", 8);
    Department.Flakiness flakiness = new Department.Flakiness(300, 1.0 / 3, 0.05, 0.05);
    Report report =
        new Report(name())
            .setup("notifications", target)
            .setup("workers", workers)
            .setup("department", flakiness.toString());
    try (Cluster cluster = new Cluster(context.env().root());
        Department department = new Department(flakiness, cluster::bases)) {
      cluster.freshDatabase();
      cluster.start(0, SETTINGS);
      cluster.start(1, SETTINGS);
      endpoints(cluster, department);
      Workload w = new Workload(cluster::bases);
      try (Connection c = cluster.jdbc()) {
        w.residents(c, target / 2 + 1_000);
      }
      AtomicBoolean stop = new AtomicBoolean();
      Instant start = Instant.now();
      List<Thread> threads = workers(w, workers, stop, Workload::householdChange);
      String written =
          "select count(*) from notification where recipient_id in ('DEPT-MEDINS', 'DEPT-PENSION')";
      long deadline = System.nanoTime() + Duration.ofMinutes(quick ? 10 : 40).toNanos();
      while (count(cluster, written) < target
          && w.failures.get() < 100
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      stop.set(true);
      join(threads);
      Instant loaded = Instant.now();
      long open = awaitAcknowledged(cluster, Duration.ofMinutes(quick ? 3 : 10));
      department.drainAcks(Duration.ofMinutes(1));
      Instant drained = Instant.now();
      long notifications = count(cluster, written);
      long attempts =
          count(
              cluster,
              "select coalesce(sum(attempts), 0) from notification where recipient_id in"
                  + " ('DEPT-MEDINS', 'DEPT-PENSION')");
      report.note(
          String.format(
              "%d notifications written in %s by %d approvals, all acknowledged %s later (%d still"
                  + " open); %d delivery attempts; the departments took %d requests: refused %d,"
                  + " cut %d answers after applying, saw %d again (not applied again),"
                  + " acknowledged %d twice",
              notifications,
              seconds(start, loaded),
              w.acknowledged.stream().filter(a -> a.kind().startsWith("decision")).count(),
              seconds(loaded, drained),
              open,
              attempts,
              department.requests.get(),
              department.refused.get(),
              department.cut.get(),
              department.repeats.get(),
              department.doubleAcks.get()));
      try (Connection c = cluster.jdbc()) {
        Checks checks = new Checks(c, report);
        checks.zero(
            "fewer notifications written than asked",
            Math.max(0, target - notifications),
            target,
            List.of(notifications + " written"));
        workFailures(checks, w, w.acknowledged.size() + w.failures.get());
        checks.notifications(department);
        checks.acknowledgedExactlyOnce(w.acknowledged);
        checks.wholeCases();
        return finish(report, checks);
      }
    }
  }
}
