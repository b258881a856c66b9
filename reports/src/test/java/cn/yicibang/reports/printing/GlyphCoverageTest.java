package cn.yicibang.reports.printing;

import static cn.yicibang.reports.printing.OfficialForm.REGISTER_EXTRACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GlyphCoverageTest {

  /** 𠮷 (U+20BB7, CJK Extension B): a real surname variant the font does not have. */
  private static final int TSUCHI_YOSHI = 0x20BB7;

  private final GlyphCoverage coverage = GlyphCoverage.notoSansSc();

  @Test
  void reportsAnExtensionBCharacterOnceWithFieldPositionAndCodePoint() {
    List<MissingGlyph> missing = coverage.check(RegisterExtracts.person("林𠮷英"));

    assertThat(missing).containsExactly(new MissingGlyph("name", -1, TSUCHI_YOSHI, 2));
    assertThat(missing.get(0).character()).isEqualTo("𠮷");
  }

  @Test
  void reportsHistoryRowValuesWithTheirRowIndex() {
    FormData data =
        RegisterExtracts.person("林秀英")
            .rows(
                List.of(
                    RegisterExtracts.change("文化程度", "大学专科", "大学本科", "2019年07月10日", "毕业证书"),
                    RegisterExtracts.change("姓名", "林吉𠮷", "林秀英", "2020年03月02日", "户口登记条例第十八条")));

    assertThat(coverage.check(data))
        .containsExactly(new MissingGlyph("oldValue", 1, TSUCHI_YOSHI, 3));
  }

  @Test
  void renderingRefusesAndListsTheCharacter() {
    FormRenderer renderer = new FormRenderer();

    assertThatThrownBy(
            () ->
                renderer.renderPdf(
                    REGISTER_EXTRACT, RegisterExtracts.person("吉𠮷"), Locale.SIMPLIFIED_CHINESE))
        .isInstanceOfSatisfying(
            UnprintableCharactersException.class,
            e ->
                assertThat(e.missing())
                    .containsExactly(new MissingGlyph("name", -1, TSUCHI_YOSHI, 2)))
        .hasMessageContaining("U+20BB7");
  }

  @Test
  void namesWithCommonAndExtensionACharactersPrintInFull() {
    // 吉 basic block; 䶮 (U+4DAE) and 㛃 (U+36C3) Extension A
    String name = "吉䶮㛃";
    FormData data = RegisterExtracts.person(name);

    assertThat(coverage.check(data)).isEmpty();
    byte[] pdf = new FormRenderer().renderPdf(REGISTER_EXTRACT, data, Locale.SIMPLIFIED_CHINESE);
    assertThat(PdfPages.text(pdf)).contains(name);
  }

  @Test
  void lineBreaksTabsAndSpacesAreFine() {
    assertThat(coverage.check(RegisterExtracts.person("林 秀英\n\t林秀　英"))).isEmpty();
  }

  @Test
  void answersPerCodePoint() {
    assertThat(coverage.canPrint('吉')).isTrue();
    assertThat(coverage.canPrint(TSUCHI_YOSHI)).isFalse();
    assertThat(coverage.canPrint(Character.highSurrogate(TSUCHI_YOSHI))).isFalse();
  }
}
