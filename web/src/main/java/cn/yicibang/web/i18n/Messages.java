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

  public static String format(Locale locale, String key, Object... arguments) {
    Locale l = supported(locale);
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader());
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, l).format(arguments);
  }
}
