package cn.yicibang.reports.printing;

import static cn.yicibang.reports.printing.ChangeForms.ACCEPTANCE_NO;
import static cn.yicibang.reports.printing.ChangeForms.DECISION_NO;
import static cn.yicibang.reports.printing.ChangeForms.ITEMS;
import static cn.yicibang.reports.printing.ChangeForms.MASKED_RESIDENT_ID;
import static cn.yicibang.reports.printing.ChangeForms.NAME;
import static cn.yicibang.reports.printing.OfficialForm.REFUSAL_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RefusalDecisionTest {

  private static final FormRenderer renderer = new FormRenderer();

  @Test
  void statesTheApplicationTheGroundsTheBasisTheDecisionAndTheRemedy() {
    FormData data = ChangeForms.refusalDecision();
    Map<String, String> fields = data.fields();

    String text =
        PdfPages.text(renderer.renderPdf(REFUSAL_DECISION, data, Locale.SIMPLIFIED_CHINESE));

    assertThat(text)
        .contains("不予变更更正决定书", "莆田市公安局秀屿分局", "编号：" + DECISION_NO, NAME + "：")
        .contains("莆田市公安局秀屿分局（印章）", "2026年03月20日", "申请人签收");
    assertThat(text.replaceAll("\\s", ""))
        .contains(
            "你（单位）向"
                + fields.get("station")
                + "提出的变更更正"
                + NAME
                + "（公民身份号码："
                + MASKED_RESIDENT_ID
                + "）户口登记项目的申请（申请项目："
                + ITEMS
                + "；受理编号："
                + ACCEPTANCE_NO
                + "），本机关已依法受理并进行了审查。")
        .contains("经审查，" + fields.get("grounds"))
        .contains("根据《中华人民共和国户口登记条例》第十八条的规定，本机关决定对该申请不予变更更正。")
        .contains(fields.get("remedy"));
  }

  @Test
  void hasNoTableSoDetailRowsAreRefused() {
    FormData data = ChangeForms.refusalDecision().rows(List.of(Map.of("item", "姓名")));

    assertThatThrownBy(() -> renderer.renderPdf(REFUSAL_DECISION, data, Locale.SIMPLIFIED_CHINESE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown row columns [item]");
  }

  @Test
  void longGroundsContinueOnTheNextPageWithTheNumberOnEveryPage() {
    String grounds = "经调查核实，当事人提交的情况说明与实际情况不符，".repeat(60) + "不符合变更姓名的条件。";

    byte[] pdf =
        renderer.renderPdf(
            REFUSAL_DECISION,
            ChangeForms.refusalDecision().field("grounds", grounds),
            Locale.SIMPLIFIED_CHINESE);

    int pages = PdfPages.pageCount(pdf);
    assertThat(pages).isGreaterThan(1);
    for (int page = 1; page <= pages; page++) {
      assertThat(PdfPages.text(pdf, page))
          .contains("第 " + page + " 页 / 共 " + pages + " 页", DECISION_NO);
    }
    // the grounds read on across the page break once the page footers are left out
    String body =
        PdfPages.text(pdf)
            .lines()
            .filter(line -> !line.contains(DECISION_NO))
            .collect(Collectors.joining());
    assertThat(body.replaceAll("\\s", "")).contains(grounds);
    assertThat(PdfPages.text(pdf, pages)).contains("莆田市公安局秀屿分局（印章）", "申请人签收");
  }
}
