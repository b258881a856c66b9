package cn.yicibang.web.bundle;

import cn.yicibang.web.i18n.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The bodies the bundle resources accept. */
final class Requests {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private Requests() {}

  /** A submission: the bundle's code, the one form by canonical key, the materials seen. */
  public record Submission(String bundle, Map<String, String> values, List<String> materialsSeen) {}

  /** A corrected part: its fields by canonical key. */
  public record Correction(Map<String, String> values) {}

  /** A department completing a task. */
  public record Completion(String resultRef) {}

  /** A department returning a task. */
  public record Return(String reason) {}

  static Locale locale(HttpHeaders headers) {
    return Messages.of(headers);
  }
}
