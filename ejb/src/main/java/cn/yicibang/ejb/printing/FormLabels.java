package cn.yicibang.ejb.printing;

import cn.yicibang.domain.registry.Ethnicity;
import cn.yicibang.domain.registry.RegisterItem;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words that go into a form's values (男/女, 户主, …), taken from the application's one message bundle
 * so that pages and forms say the same thing.
 */
public final class FormLabels {

  static final String BUNDLE = "cn.yicibang.i18n.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  private FormLabels(Locale locale) {
    this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, FormLabels.class.getClassLoader());
  }

  public static FormLabels of(Locale locale) {
    return new FormLabels(locale == null ? Locale.SIMPLIFIED_CHINESE : locale);
  }

  /** The application's message bundle in this locale, for sentences that go onto forms. */
  public ResourceBundle bundle() {
    return bundle;
  }

  public Locale locale() {
    return locale;
  }

  public DateTimeFormatter dateFormat() {
    return DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale);
  }

  public String of(Enum<?> value) {
    if (value == null) {
      return "";
    }
    return bundle.getString(
        "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * A refusal as a sentence in this language, the names among its arguments ({@link
   * cn.yicibang.domain.Label}) in words too: for a reason written down for another office.
   */
  public String sentence(cn.yicibang.domain.BusinessException e) {
    Object[] words = e.arguments().clone();
    for (int i = 0; i < words.length; i++) {
      if (words[i] instanceof cn.yicibang.domain.Label label) {
        words[i] = bundle.getString(label.key());
      }
    }
    return new java.text.MessageFormat(bundle.getString(e.messageKey()), locale).format(words);
  }

  public String ethnicity(Ethnicity e) {
    return e.name(locale);
  }

  public String item(RegisterItem item) {
    return of(item);
  }

  /** A history value in words: enum-valued items are translated, others shown as stored. */
  public String itemValue(RegisterItem item, String value) {
    if (value == null) {
      return "";
    }
    String key =
        switch (item) {
          case SEX -> "enum.Sex." + value;
          case EDUCATION -> "enum.Education." + value;
          case MARITAL_STATUS -> "enum.MaritalStatus." + value;
          case STATUS -> "enum.PersonStatus." + value;
          case RELATION_TO_HEAD -> "enum.RelationToHead." + value;
          default -> null;
        };
    if (key == null) {
      return value;
    }
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return value;
    }
  }
}
