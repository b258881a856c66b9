package cn.yicibang.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went, from a Flight Recorder file: the methods most often on top of the sampled
 * stacks (self), and most often anywhere in them (inclusive), as shares of all samples. {@code java
 * -cp bench/target/yicibang-bench.jar cn.yicibang.bench.profile.Hotspots FILE [PREFIX]}; with a
 * prefix, inclusive counts only methods whose class starts with it.
 */
public final class Hotspots {

  private Hotspots() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.out.println("usage: Hotspots recording.jfr [class-prefix] [top]");
      return;
    }
    String prefix = args.length > 1 ? args[1] : "";
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (!frames.isEmpty()) {
        self.merge(name(frames.get(0)), 1, Integer::sum);
      }
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String n = name(f);
        if (n.startsWith(prefix) && seen.add(n)) {
          inclusive.merge(n, 1, Integer::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d samples%n%n-- self --%n", samples);
    print(self, samples, top);
    System.out.printf(Locale.ROOT, "%n-- inclusive%s --%n", prefix.isEmpty() ? "" : " " + prefix);
    print(inclusive, samples, top);
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static void print(Map<String, Integer> counts, int samples, int top) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT, "%6.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
  }
}
