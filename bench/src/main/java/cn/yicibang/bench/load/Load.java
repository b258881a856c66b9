package cn.yicibang.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Closed-loop load: a number of virtual clients, each doing one operation after another as fast as
 * answers come, first for a warm-up that is not counted, then for the measured time.
 */
public final class Load {

  /** One operation of one client; throws when the answer is wrong. */
  @FunctionalInterface
  public interface Operation {
    void run() throws Exception;
  }

  /** What a run measured. */
  public record Result(
      int clients,
      double seconds,
      long operations,
      long errors,
      Latencies latencies,
      List<String> firstErrors) {

    public double perSecond() {
      return operations / seconds;
    }
  }

  private Load() {}

  /**
   * Runs {@code clients} clients; {@code client.apply(i)} makes client i's operation (its own
   * session, account, data).
   */
  public static Result run(
      int clients, Duration warmUp, Duration measured, IntFunction<Operation> client)
      throws InterruptedException {
    List<Operation> operations = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      operations.add(client.apply(i));
    }
    Latencies latencies = new Latencies();
    AtomicLong done = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    long start = System.nanoTime();
    long measureFrom = start + warmUp.toNanos();
    long end = measureFrom + measured.toNanos();
    CountDownLatch finished = new CountDownLatch(clients);
    for (int i = 0; i < clients; i++) {
      Operation op = operations.get(i);
      Thread t =
          new Thread(
              () -> {
                Latencies mine = new Latencies();
                try {
                  while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                      break;
                    }
                    boolean ok = true;
                    try {
                      op.run();
                    } catch (Exception e) {
                      ok = false;
                      if (t0 >= measureFrom) {
                        errors.incrementAndGet();
                      }
                      if (firstErrors.size() < 5) {
                        firstErrors.add(String.valueOf(e));
                      }
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= end && ok) {
                      mine.add(t1 - t0);
                      done.incrementAndGet();
                    }
                  }
                } finally {
                  latencies.addAll(mine);
                  finished.countDown();
                }
              },
              "client-" + i);
      t.setDaemon(true);
      t.start();
    }
    finished.await();
    return new Result(
        clients,
        measured.toNanos() / 1e9,
        done.get(),
        errors.get(),
        latencies,
        List.copyOf(firstErrors));
  }

  /**
   * Runs several loads in turns (A, B, A, B …) and merges each one's rounds: on a shared, noisy
   * machine, side-by-side figures then see the same noise.
   */
  public static java.util.Map<String, Result> alternating(
      int rounds,
      int clients,
      Duration warmUp,
      Duration each,
      java.util.LinkedHashMap<String, IntFunction<Operation>> loads)
      throws InterruptedException {
    java.util.Map<String, List<Result>> all = new java.util.LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      for (var e : loads.entrySet()) {
        Result result = run(clients, warmUp, each, e.getValue());
        all.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(result);
        System.out.printf(
            java.util.Locale.ROOT,
            "  %-32s round %d: %8.1f/s  p50 %7.2f ms  p95 %7.2f ms  errors %d%n",
            e.getKey(),
            r + 1,
            result.perSecond(),
            result.latencies().medianMs(),
            result.latencies().p95Ms(),
            result.errors());
      }
    }
    java.util.Map<String, Result> merged = new java.util.LinkedHashMap<>();
    for (var e : all.entrySet()) {
      Latencies l = new Latencies();
      long ops = 0;
      long errors = 0;
      double seconds = 0;
      List<String> firstErrors = new ArrayList<>();
      for (Result r : e.getValue()) {
        l.addAll(r.latencies());
        ops += r.operations();
        errors += r.errors();
        seconds += r.seconds();
        firstErrors.addAll(r.firstErrors());
      }
      merged.put(
          e.getKey(), new Result(clients, seconds, ops, errors, l, List.copyOf(firstErrors)));
    }
    return merged;
  }
}
