package cn.yicibang.reports.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every label a template asks for exists in every language, and the font can print it. */
class FormLabelsTest {

  private static final Pattern LABEL = Pattern.compile("\\$R\\{([^}]+)}");
  private static final String[] LANGUAGES = {"zh_CN", "en"};

  @ParameterizedTest
  @EnumSource(OfficialForm.class)
  void everyLabelOfTheTemplateExistsInEveryLanguage(OfficialForm form) throws IOException {
    String template =
        Files.readString(Path.of("src", "main", "jasperreports", form.templateName() + ".jrxml"))
            .replaceAll("(?s)<!--.*?-->", "");
    Set<String> used = new TreeSet<>();
    Matcher matcher = LABEL.matcher(template);
    while (matcher.find()) {
      used.add(matcher.group(1));
    }

    assertThat(used).isNotEmpty();
    Set<String> chineseKeys = labels(form, "zh_CN").stringPropertyNames();
    for (String language : LANGUAGES) {
      Set<String> keys = labels(form, language).stringPropertyNames();
      assertThat(keys).as(language).containsAll(used).isEqualTo(chineseKeys);
    }
  }

  @ParameterizedTest
  @EnumSource(OfficialForm.class)
  void theFontCanPrintEveryLabel(OfficialForm form) throws IOException {
    GlyphCoverage coverage = GlyphCoverage.notoSansSc();
    for (String language : LANGUAGES) {
      Properties labels = labels(form, language);
      for (String key : labels.stringPropertyNames()) {
        String label = labels.getProperty(key);
        assertThat(label.codePoints().filter(c -> !coverage.canPrint(c)).toArray())
            .as("%s %s \"%s\"", language, key, label)
            .isEmpty();
      }
    }
  }

  private static Properties labels(OfficialForm form, String language) throws IOException {
    String resource =
        "/" + form.bundleBaseName().replace('.', '/') + "_" + language + ".properties";
    try (InputStream in = FormLabelsTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties labels = new Properties();
      labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return labels;
    }
  }
}
