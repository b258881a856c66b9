package cn.yicibang.web.it;

import cn.yicibang.domain.registry.ResidentId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every line the server logs while it is open (in-container tests only: the server's own loggers),
 * with what the line's exception says; {@link #identityNumbers} finds full identity numbers in
 * them, which no log line may hold.
 */
final class LogCapture extends Handler implements AutoCloseable {

  private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> severe = new ConcurrentLinkedQueue<>();

  private LogCapture() {
    setLevel(Level.ALL);
  }

  static LogCapture start() {
    LogCapture capture = new LogCapture();
    Logger.getLogger("").addHandler(capture);
    return capture;
  }

  @Override
  public void publish(LogRecord r) {
    StringBuilder line = new StringBuilder();
    line.append(r.getLoggerName()).append(": ");
    try {
      line.append(new java.util.logging.SimpleFormatter().formatMessage(r));
    } catch (RuntimeException e) {
      line.append(r.getMessage());
    }
    for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
      line.append(" | ").append(t);
    }
    lines.add(line.toString());
    if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
      String text = line.toString();
      severe.add(text.length() > 800 ? text.substring(0, 800) + "…" : text);
    }
  }

  /** The errors logged, shortened. */
  List<String> severe() {
    return List.copyOf(severe);
  }

  int size() {
    return lines.size();
  }

  /**
   * The lines that hold a full, valid identity number: those the domain's own masking would change
   * (what it counts as a number is the domain's to say, not this test's).
   */
  List<String> identityNumbers() {
    List<String> found = new ArrayList<>();
    for (String line : lines) {
      if (!ResidentId.maskAll(line).equals(line)) {
        found.add(line.length() > 300 ? line.substring(0, 300) + "…" : line);
      }
    }
    return found;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
