package cn.yicibang.web.api;

import cn.yicibang.web.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem-details body. {@code code} is the stable message key, so a client can act on
 * the kind of problem; {@code detail} is the sentence for a person; {@code incident} links a server
 * error to its log entry. Never a stack trace.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String code,
    String incident,
    List<String> errors) {

  public static Problem of(int status, String messageKey, Locale locale, Object... arguments) {
    return new Problem(
        "about:blank",
        title(status, locale),
        status,
        Messages.format(locale, messageKey, arguments),
        messageKey,
        null,
        null);
  }

  public Problem withIncident(String incident) {
    return new Problem(type, title, status, detail, code, incident, errors);
  }

  public Problem withErrors(List<String> errors) {
    return new Problem(type, title, status, detail, code, incident, errors);
  }

  private static String title(int status, Locale locale) {
    String key =
        switch (status) {
          case 400, 405, 406, 415, 422 -> "error.badRequest.title";
          case 401 -> "error.unauthorized";
          case 403 -> "error.forbidden";
          case 404 -> "error.notFound";
          case 429 -> "error.tooMany";
          case 503 -> "error.unavailable";
          default -> "error.title";
        };
    return Messages.format(locale, key);
  }
}
