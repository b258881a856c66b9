package cn.yicibang.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The application's one message bundle ({@code cn.yicibang.i18n.messages}), for code that is not a
 * page: REST answers, Faces messages built in beans. Chinese unless English is asked for.
 */
public final class Messages {

  public static final String BUNDLE = "cn.yicibang.i18n.messages";
  public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  private Messages() {}

  /** Chinese, or English when the locale's language is English. */
  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage())
        ? Locale.ENGLISH
        : Locale.SIMPLIFIED_CHINESE;
  }

  /** The language a REST request asks for (Accept-Language), Chinese unless English is first. */
  public static Locale of(jakarta.ws.rs.core.HttpHeaders headers) {
    List<Locale> accepted = headers.getAcceptableLanguages();
    return supported(accepted.isEmpty() ? null : accepted.get(0));
  }

  public static String format(Locale locale, String key, Object... arguments) {
    Locale l = supported(locale);
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader());
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (arguments.length == 0) {
      return pattern;
    }
    Object[] words = arguments.clone();
    for (int i = 0; i < words.length; i++) {
      if (words[i] instanceof cn.yicibang.domain.Label label) {
        words[i] = format(l, label.key());
      } else if (words[i] instanceof java.util.Collection<?> list) {
        words[i] =
            String.join(format(l, "list.separator"), list.stream().map(String::valueOf).toList());
      }
    }
    return new MessageFormat(pattern, l).format(words);
  }
}
