package cn.yicibang.bench.paths;

import cn.yicibang.bench.Bench;
import cn.yicibang.bench.Counts;
import cn.yicibang.bench.Dataset;
import cn.yicibang.bench.Environment;
import cn.yicibang.bench.Report;
import cn.yicibang.bench.load.Latencies;
import cn.yicibang.bench.load.Load;
import cn.yicibang.bench.load.Receiver;
import cn.yicibang.bench.load.Rest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;

/**
 * Department delivery to a receiving endpoint on loopback. Throughput: a backlog of notifications
 * is let loose on the dispatcher and timed from the first arrival to the last, against the most the
 * endpoint itself takes from a load generator. Lag: household changes approved at a steady 100 a
 * second by the station heads, each notification timed from its writing (in the approving
 * transaction) to its arrival.
 */
public final class Delivery implements Bench.Benchmark {

  static final int RECEIVER_PORT = 18090;
  private static final String[] DEPARTMENTS = {"DEPT-MEDINS", "DEPT-PENSION"};
  static final String PAYLOAD =
      "{\"topic\":\"HOUSEHOLD_CHANGE\",\"acceptanceNo\":\"350305101-2026-000123\",\"residentId\":"
          + "\"350322199001010011\",\"items\":[{\"item\":\"OCCUPATION\",\"old\":\"渔民\",\"new\":"
          + "\"教师\"}],\"effectiveOn\":\"2026-12-01\",\"station\":\"PS-DONGZHUANG\"}";

  @Override
  public String name() {
    return "delivery";
  }

  @Override
  public String describe() {
    return "department delivery: backlog throughput vs the endpoint's own maximum; lag at 100"
        + " changes/s";
  }

  @Override
  public Report run(Bench.Context context) throws Exception {
    context.data();
    Environment env = context.env();
    int backlog = context.intOption("backlog", 20_000);
    int rate = context.intOption("rate", 100);
    int lagSeconds = context.intOption("lag-seconds", Math.max(10, context.seconds()));
    Report report =
        new Report(name())
            .setup("residents", context.size())
            .setup("backlog", backlog)
            .setup("changes_per_second", rate)
            .setup("lag_seconds", lagSeconds);
    try (Receiver receiver = new Receiver(RECEIVER_PORT)) {
      double limit = endpointMaximum(receiver);
      receiver.reset();
      configure(env, false);
      List<String> burst = backlog(env, backlog);
      Instant released = Instant.now();
      configure(env, true);
      waitForArrivals(receiver, burst, Duration.ofMinutes(5));
      Instant firstArrival =
          burst.stream().map(receiver.arrivals()::get).min(Instant::compareTo).orElseThrow();
      Instant lastArrival =
          burst.stream().map(receiver.arrivals()::get).max(Instant::compareTo).orElseThrow();
      double seconds = Duration.between(firstArrival, lastArrival).toNanos() / 1e9;
      double throughput = backlog / seconds;
      long undelivered = waitDelivered(env, "bench-burst-%", Duration.ofMinutes(2));
      report.line(
          new Report.Line(
              "department delivery, backlog of " + backlog,
              "delivered/s",
              throughput,
              "1/s",
              "receiving endpoint's own maximum",
              limit,
              "≥ 500/s",
              throughput >= 500 && undelivered == 0));
      report.note(
          String.format(
              Locale.ROOT,
              "backlog: first arrival %.1f s after release (the next round of the schedule), %d"
                  + " arrived twice, %d not marked delivered",
              Duration.between(released, firstArrival).toMillis() / 1000.0,
              receiver.repeats(),
              undelivered));

      receiver.reset();
      Latencies lag = lag(env, receiver, rate, lagSeconds, report);
      report.line(
          new Report.Line(
              "delivery lag at " + rate + " changes/s",
              "p95",
              lag.p95Ms() / 1000,
              "s",
              "—",
              Double.NaN,
              "≤ 1 s",
              lag.p95Ms() <= 1000 && lag.count() > 0));
      report.note(
          String.format(
              Locale.ROOT,
              "lag over %d notifications: p50 %.0f ms, p95 %.0f ms, max %.0f ms; %d arrived"
                  + " twice",
              lag.count(),
              lag.medianMs(),
              lag.p95Ms(),
              lag.percentileMs(100),
              receiver.repeats()));
      configure(env, false);
      try (Connection c = env.jdbc();
          Statement s = c.createStatement()) {
        s.execute("delete from notification where idempotency_key like 'bench-burst-%'");
      }
    }
    return report;
  }

  /** The most notifications a second the endpoint takes: 16 senders on loopback, 10 s. */
  private static double endpointMaximum(Receiver receiver) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI uri = URI.create("http://127.0.0.1:" + RECEIVER_PORT + "/limit");
    Load.Result r =
        Load.run(
            16,
            Duration.ofSeconds(3),
            Duration.ofSeconds(10),
            i ->
                () -> {
                  HttpResponse<Void> response =
                      client.send(
                          HttpRequest.newBuilder(uri)
                              .header("Content-Type", "application/json; charset=UTF-8")
                              .header("Idempotency-Key", UUID.randomUUID().toString())
                              .header("X-Yicibang-Notification", UUID.randomUUID().toString())
                              .POST(HttpRequest.BodyPublishers.ofString(PAYLOAD))
                              .build(),
                          HttpResponse.BodyHandlers.discarding());
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode());
                  }
                });
    System.out.printf(Locale.ROOT, "  receiving endpoint's own maximum: %.0f/s%n", r.perSecond());
    return r.perSecond();
  }

  /** Points the departments' endpoints at the receiver, delivering or held back. */
  private static void configure(Environment env, boolean enabled) throws Exception {
    try (Connection c = env.jdbc();
        PreparedStatement s =
            c.prepareStatement(
                "update exchange_endpoint set url = ?, secret = 'bench-secret', enabled = ?,"
                    + " version = version + 1 where organisation_id = ?")) {
      for (String d : DEPARTMENTS) {
        s.setString(1, "http://127.0.0.1:" + RECEIVER_PORT + "/" + d);
        s.setBoolean(2, enabled);
        s.setString(3, d);
        s.executeUpdate();
      }
    }
  }

  /** Writes a backlog of pending notifications (held back: the endpoints are disabled). */
  private static List<String> backlog(Environment env, int count) throws Exception {
    List<String> ids = new ArrayList<>(count);
    StringBuilder rows = new StringBuilder();
    Instant now = Instant.now();
    for (int i = 0; i < count; i++) {
      String id = UUID.randomUUID().toString();
      ids.add(id);
      rows.append(id)
          .append('\t')
          .append(DEPARTMENTS[i % 2])
          .append("\tHOUSEHOLD_CHANGE\tBENCH-")
          .append(i)
          .append("\tbench-burst-")
          .append(id)
          .append('\t')
          .append(PAYLOAD)
          .append("\tPENDING\t0\t")
          .append(now)
          .append('\t')
          .append(now)
          .append("\t0\n");
    }
    try (Connection c = env.jdbc()) {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy notification (id, recipient_id, topic, subject_ref, idempotency_key, payload,"
                  + " status, attempts, next_attempt_at, created_at, version) from stdin",
              new java.io.StringReader(rows.toString()));
    }
    return ids;
  }

  private static void waitForArrivals(Receiver receiver, List<String> ids, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (ids.stream().allMatch(receiver.arrivals()::containsKey)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(
        "only "
            + ids.stream().filter(receiver.arrivals()::containsKey).count()
            + " of "
            + ids.size()
            + " notifications arrived in "
            + timeout);
  }

  /** Waits until the notifications whose key matches are delivered; returns how many are not. */
  private static long waitDelivered(Environment env, String keyPattern, Duration timeout)
      throws Exception {
    return Counts.awaitZero(
        env::jdbc,
        timeout,
        Duration.ofMillis(200),
        "select count(*) from notification where idempotency_key like ? and status = 'PENDING'",
        keyPattern);
  }

  /**
   * Accepts applications in advance, then approves them at a steady rate (open loop: one approval
   * started every 1/rate s whatever the answers do) and times each notification from its writing to
   * its arrival.
   */
  private static Latencies lag(
      Environment env, Receiver receiver, int rate, int seconds, Report report) throws Exception {
    List<String> stations;
    try (Connection c = env.jdbc()) {
      stations = Dataset.stations(c);
    }
    int total = rate * seconds;
    Map<String, ConcurrentLinkedQueue<String[]>> free =
        Acceptance.freeResidents(env, stations, total / stations.size() + 50);
    ConcurrentLinkedQueue<String[]> accepted = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    AtomicLong errors = new AtomicLong();
    List<String> firstErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int i = 0; i < total; i++) {
      String station = stations.get(i % stations.size());
      String[] r = free.get(station).poll();
      if (r == null) {
        continue;
      }
      pool.execute(
          () -> {
            try {
              String body =
                  Rest.expect(
                      new Rest(env.base(), Dataset.clerk(station, 0))
                          .post("api/household-changes", Acceptance.body(r), null),
                      201);
              accepted.add(new String[] {station, Acceptance.acceptanceNo(body)});
            } catch (Exception e) {
              errors.incrementAndGet();
              if (firstErrors.size() < 3) {
                firstErrors.add(e.toString());
              }
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    System.out.printf(Locale.ROOT, "  %d applications accepted for approval%n", accepted.size());
    Instant start = Instant.now();
    ExecutorService approvers = Executors.newFixedThreadPool(32);
    var pace = Executors.newSingleThreadScheduledExecutor();
    AtomicLong approved = new AtomicLong();
    long periodNanos = 1_000_000_000L / rate;
    var ticker =
        pace.scheduleAtFixedRate(
            () -> {
              String[] a = accepted.poll();
              if (a == null) {
                return;
              }
              approvers.execute(
                  () -> {
                    try {
                      Rest.expect(
                          new Rest(env.base(), Dataset.head(a[0]))
                              .post(
                                  "api/household-changes/" + a[1] + "/decisions",
                                  "{\"kind\":\"APPROVE\",\"opinion\":\"同意变更\"}",
                                  null),
                          200);
                      approved.incrementAndGet();
                    } catch (Exception e) {
                      errors.incrementAndGet();
                      if (firstErrors.size() < 3) {
                        firstErrors.add(e.toString());
                      }
                    }
                  });
            },
            0,
            periodNanos,
            TimeUnit.NANOSECONDS);
    while (!accepted.isEmpty()) {
      Thread.sleep(100);
    }
    ticker.cancel(false);
    pace.shutdown();
    approvers.shutdown();
    approvers.awaitTermination(5, TimeUnit.MINUTES);
    double elapsed = Duration.between(start, Instant.now()).toMillis() / 1000.0;
    report.note(
        String.format(
            Locale.ROOT,
            "lag phase: %d approvals in %.1f s (%.0f/s), %d errors %s",
            approved.get(),
            elapsed,
            approved.get() / elapsed,
            errors.get(),
            firstErrors.isEmpty() ? "" : firstErrors.get(0)));
    Latencies lag = new Latencies();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    List<String[]> written = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      written.clear();
      try (Connection c = env.jdbc();
          PreparedStatement s =
              c.prepareStatement(
                  "select id, created_at from notification where topic = 'HOUSEHOLD_CHANGE' and"
                      + " created_at >= ? and idempotency_key not like 'bench-burst-%'")) {
        s.setTimestamp(1, java.sql.Timestamp.from(start));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            written.add(new String[] {rs.getString(1), rs.getTimestamp(2).toInstant().toString()});
          }
        }
      }
      if (!written.isEmpty()
          && written.stream().allMatch(w -> receiver.arrivals().containsKey(w[0]))) {
        break;
      }
      Thread.sleep(200);
    }
    for (String[] w : written) {
      Instant arrived = receiver.arrivals().get(w[0]);
      if (arrived != null) {
        lag.add(Duration.between(Instant.parse(w[1]), arrived).toNanos());
      }
    }
    long missing = written.stream().filter(w -> !receiver.arrivals().containsKey(w[0])).count();
    if (missing > 0) {
      report.note(missing + " notifications of the lag phase had not arrived after 2 minutes");
    }
    return lag;
  }
}
