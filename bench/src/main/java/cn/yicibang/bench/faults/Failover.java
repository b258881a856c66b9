package cn.yicibang.bench.faults;

import cn.yicibang.bench.Bench;
import cn.yicibang.bench.Report;
import cn.yicibang.bench.load.Latencies;
import cn.yicibang.bench.load.PageClient;
import cn.yicibang.bench.load.Rest;
import cn.yicibang.bench.paths.Pages;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Two nodes under a bounded mixed load; a third of the way in, node 0 is killed with SIGKILL, and
 * started again while the load goes on against node 1. A clerk logged in on node 0's pages goes on
 * on node 1 with the same session. Afterwards every acknowledged write must be in the database
 * exactly once, the number series gapless, every department notification delivered, applied once
 * and acknowledged, no case half made, and the periodic jobs must have acted once in the cluster.
 */
public final class Failover extends FaultRun {

  @Override
  public String name() {
    return "failover";
  }

  @Override
  public String describe() {
    return "two nodes under mixed load, one killed with SIGKILL and restarted; nothing lost or"
        + " doubled";
  }

  @Override
  public Report run(Bench.Context context) throws Exception {
    boolean quick = context.options().containsKey("short");
    int loadSeconds = context.intOption("load-seconds", quick ? 45 : 120);
    int workers = context.intOption("workers", quick ? 4 : 8);
    Report report = new Report(name()).setup("load_seconds", loadSeconds).setup("workers", workers);
    try (Cluster cluster = new Cluster(context.env().root());
        Department department = new Department(Department.Flakiness.NONE, cluster::bases)) {
      cluster.freshDatabase();
      double first = cluster.start(0, SETTINGS);
      double second = cluster.start(1, SETTINGS);
      System.out.printf("  node 0 up in %.1f s, node 1 in %.1f s%n", first, second);
      endpoints(cluster, department);
      Workload w = new Workload(cluster::bases);
      try (Connection c = cluster.jdbc()) {
        w.residents(c, 20_000);
      }
      List<String> late = lateDisputes(w, cluster, 5);

      // a clerk on the pages, logged in on node 0, a person's record open
      PageClient clerk = new PageClient(cluster.base(0), new Latencies());
      clerk.login("clerk.dongzhuang", Rest.DEMO_PASSWORD);
      String[] person = w.reserve();
      lookUp(clerk, person);

      AtomicBoolean stop = new AtomicBoolean();
      Instant start = Instant.now();
      List<Thread> threads =
          workers(w, workers, stop, Workload::householdChange, Workload::bundle, Workload::dispute);
      Thread.sleep(loadSeconds * 1000L / 3);
      // bundle tasks sent so far become overdue: the overdue job must raise each once
      List<String> overdueTasks = new ArrayList<>();
      try (Connection c = cluster.jdbc();
          var s =
              c.prepareStatement(
                  "update bundle_task set due_on = current_date - 3 where due_on is not null and"
                      + " completed_at is null returning cast(id as varchar)");
          var rs = s.executeQuery()) {
        while (rs.next()) {
          overdueTasks.add(rs.getString(1));
        }
      }
      long before = w.acknowledged.size();
      Instant killed = Instant.now();
      long pid = cluster.pid(0);
      cluster.kill(0);
      System.out.printf(
          "  node 0 (pid %d) killed with SIGKILL after %s, %d writes acknowledged%n",
          pid, seconds(start, killed), before);

      // the clerk's next clicks go to node 1, with the session node 0 had
      clerk.moveTo(cluster.base(1));
      String sessionOutcome;
      try {
        byte[] pdf = clerk.download("registry/lookup.xhtml", "record", "record:printExtract");
        lookUp(clerk, person);
        sessionOutcome =
            pdf.length > 1000 && pdf[0] == '%'
                ? null
                : "the extract printed on node 1 is no PDF: "
                    + new String(pdf, 0, Math.min(pdf.length, 400), StandardCharsets.UTF_8);
      } catch (Exception e) {
        sessionOutcome = e.toString();
      }

      double restart = cluster.start(0);
      Instant back = Instant.now();
      System.out.printf("  node 0 back after %.1f s%n", restart);
      long remaining = loadSeconds * 1000L - Duration.between(start, Instant.now()).toMillis();
      if (remaining > 0) {
        Thread.sleep(remaining);
      }
      stop.set(true);
      join(threads);
      Instant ended = Instant.now();
      long open = awaitAcknowledged(cluster, Duration.ofMinutes(3));
      department.drainAcks(Duration.ofMinutes(1));
      // two periods of the jobs after the last change they must see
      Thread.sleep(31_000);

      long pieces = w.acknowledged.stream().filter(a -> isCase(a.kind())).count();
      report.note(
          String.format(
              "load %s: %d writes acknowledged (%d cases), %d prints, %d requests sent again"
                  + " (%d without an answer); node 0 killed at %s, serving again at %s",
              seconds(start, ended),
              w.acknowledged.size(),
              pieces,
              w.prints.get(),
              Client.RETRIES.get(),
              Client.UNANSWERED.get(),
              seconds(start, killed),
              seconds(start, back)));
      report.note(
          String.format(
              "departments: %d requests, %d notifications applied, %d sent again and not"
                  + " applied again, %d acknowledgements failed, %d still open after the wait",
              department.requests.get(),
              department.applied().size(),
              department.repeats.get(),
              department.ackFailures.get(),
              open));
      try (Connection c = cluster.jdbc()) {
        Checks checks = new Checks(c, report);
        checks.zero(
            "the clerk's session did not go on on node 1",
            sessionOutcome == null ? 0 : 1,
            1,
            sessionOutcome == null ? List.of() : List.of(sessionOutcome));
        workFailures(checks, w, pieces + w.failures.get());
        checks.acknowledgedExactlyOnce(w.acknowledged);
        checks.gapless();
        checks.notifications(department);
        checks.wholeCases();
        jobsOnce(checks, c, late, overdueTasks, report, cluster.logs());
        return finish(report, checks);
      }
    }
  }

  private static boolean isCase(String kind) {
    return kind.equals("change") || kind.equals("bundle") || kind.equals("dispute");
  }

  /** Searches the register on the lookup page for a person and opens their record. */
  static void lookUp(PageClient clerk, String[] person) throws Exception {
    clerk.get("registry/lookup.xhtml");
    String found =
        clerk.ajax(
            "registry/lookup.xhtml",
            "search",
            "search:searchButton",
            "search",
            "results record",
            Map.of("search:query", person[0]));
    String open;
    try {
      open = PageClient.find(found, Pages.OPEN_BUTTON);
    } catch (IllegalStateException e) {
      open = PageClient.find(found, Pages.OPEN_BUTTON_CLASS_FIRST);
    }
    String record = clerk.ajax("registry/lookup.xhtml", "results", open, open, "record", Map.of());
    if (!record.contains(person[1])) {
      throw new IllegalStateException("the record of " + person[1] + " was not shown");
    }
  }

  /** Disputes handed over and never accepted, their acceptance time set in the past. */
  private static List<String> lateDisputes(Workload w, Cluster cluster, int count)
      throws Exception {
    List<String> late = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      late.add(w.handOver(i));
    }
    try (Connection c = cluster.jdbc();
        var s =
            c.prepareStatement(
                "update dispute_case set accept_due_at = current_timestamp - interval '1 hour'"
                    + " where case_no = ?")) {
      for (String no : late) {
        s.setString(1, no);
        s.executeUpdate();
      }
    }
    return late;
  }

  /**
   * The periodic jobs acted once in the cluster: each overdue task raised once, each late dispute
   * flagged once, each period claimed by one node, both nodes among the claimants.
   */
  private static void jobsOnce(
      Checks checks,
      Connection c,
      List<String> late,
      List<String> overdueTasks,
      Report report,
      List<java.nio.file.Path> logs)
      throws Exception {
    List<String> wrongRaises = new ArrayList<>();
    for (String task : overdueTasks) {
      long raised =
          checks.count(
              "select count(*) from bundle_event e join bundle_task t on t.application_id ="
                  + " e.application_id join bundle_item i on i.id = t.item_id and i.item_code ="
                  + " e.item_code where t.id = cast(? as uuid) and e.kind = 'OVERDUE'",
              task);
      if (raised != 1) {
        wrongRaises.add(task + " raised " + raised + " times");
      }
    }
    if (overdueTasks.isEmpty()) {
      wrongRaises.add("no bundle task was there to become overdue: nothing was tried");
    }
    checks.zero(
        "overdue bundle tasks not raised exactly once",
        wrongRaises.size(),
        overdueTasks.size(),
        wrongRaises);
    List<String> claims =
        checks.column(
            "select job || ': ' || count(*) || ' periods, by ' || count(distinct node) || ' nodes'"
                + " from job_run group by job order by job");
    report.note("periodic jobs: " + String.join("; ", claims));
    // both nodes must have competed for the periods, or "once" proves nothing
    List<String> single =
        checks.column(
            "select job from job_run where job in ('acceptance-watch', 'overdue-tasks') group by"
                + " job having count(distinct node) < 2");
    checks.zero("watch jobs run by one node only (no competition seen)", single.size(), 2, single);
    List<String> wrong = new ArrayList<>();
    for (String no : late) {
      long events =
          checks.count(
              "select count(*) from dispute_event e join dispute_case d on d.id = e.case_id where"
                  + " d.case_no = ? and e.kind = 'ACCEPTANCE_OVERDUE'",
              no);
      long audited =
          checks.count(
              "select count(*) from audit_entry where subject_type = 'DisputeCase' and subject_id"
                  + " = ? and detail like 'ACCEPTANCE_OVERDUE%'",
              no);
      if (events != 1 || audited != 1) {
        wrong.add(no + ": flagged " + events + " times, audited " + audited);
      }
    }
    checks.zero("late disputes not flagged exactly once", wrong.size(), late.size(), wrong);
    // a job that ran twice at once fails on the second's version and says so in the log
    List<String> retried = new ArrayList<>();
    for (java.nio.file.Path log : logs) {
      try (var lines = java.nio.file.Files.lines(log, StandardCharsets.UTF_8)) {
        lines
            .filter(l -> l.contains("failed, the next tick retries"))
            .limit(3)
            .forEach(retried::add);
      }
    }
    checks.zero("periodic jobs that failed and had to be retried", retried.size(), 2, retried);
  }
}
