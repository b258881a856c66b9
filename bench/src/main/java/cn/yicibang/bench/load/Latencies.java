package cn.yicibang.bench.load;

import java.util.Arrays;

/** Response times of one measured run, in nanoseconds; percentiles read from the sorted set. */
public final class Latencies {

  private long[] values = new long[1024];
  private int size;

  public synchronized void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  public synchronized void addAll(Latencies other) {
    long[] theirs;
    int n;
    synchronized (other) {
      theirs = other.values;
      n = other.size;
    }
    for (int i = 0; i < n; i++) {
      add(theirs[i]);
    }
  }

  public synchronized int count() {
    return size;
  }

  /** The p-th percentile (0..100) in milliseconds, nearest rank. */
  public synchronized double percentileMs(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }

  public double medianMs() {
    return percentileMs(50);
  }

  public double p95Ms() {
    return percentileMs(95);
  }
}
