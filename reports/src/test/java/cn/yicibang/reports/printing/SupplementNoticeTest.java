package cn.yicibang.reports.printing;

import static cn.yicibang.reports.printing.ChangeForms.ITEMS;
import static cn.yicibang.reports.printing.ChangeForms.NAME;
import static cn.yicibang.reports.printing.ChangeForms.NOTICE_NO;
import static cn.yicibang.reports.printing.ChangeForms.STATION;
import static cn.yicibang.reports.printing.OfficialForm.SUPPLEMENT_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupplementNoticeTest {

  private static final FormRenderer renderer = new FormRenderer();

  @Test
  void tellsEveryMissingMaterialTheDeadlineAndThatTheApplicationIsKept() {
    byte[] pdf =
        renderer.renderPdf(
            SUPPLEMENT_NOTICE, ChangeForms.supplementNotice(), Locale.SIMPLIFIED_CHINESE);

    String text = PdfPages.text(pdf);
    assertThat(text)
        .contains("补正材料告知书", STATION, "编号：" + NOTICE_NO, NAME + "：")
        .contains("序号", "需补正的材料", "说明")
        .contains("父母双方签字的同意变更姓名意见书", "原件；父母一方已故的，提供死亡证明")
        .contains("村民委员会出具的家族避讳习俗情况说明", "本人近期免冠彩色照片", "二寸，两张")
        .contains("经办人：陈丽华", STATION + "（印章）", "2026年03月05日", "申请人签收");
    assertThat(text.replaceAll("\\s", ""))
        .contains(
            "你（单位）申请的户口登记项目变更更正事项（当事人：" + NAME + "；申请项目：" + ITEMS + "），经审查，申请材料不齐全。根据有关规定，请补正以下材料：")
        .contains("补正期间，你（单位）的申请予以保留；材料补正齐全后，继续办理。")
        .contains("请于2026年04月03日前将上述材料提交至" + STATION + "。");
  }

  @Test
  void manyMaterialsContinueUnderARepeatedTableHeadAndTheClosingFollowsTheLast() {
    List<Map<String, String>> materials = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      materials.add(Map.of("material", "证明材料第" + i + "项", "note", "原件"));
    }

    byte[] pdf =
        renderer.renderPdf(
            SUPPLEMENT_NOTICE,
            ChangeForms.supplementNotice().rows(materials),
            Locale.SIMPLIFIED_CHINESE);

    int pages = PdfPages.pageCount(pdf);
    assertThat(pages).isGreaterThan(1);
    for (int page = 1; page <= pages; page++) {
      assertThat(PdfPages.text(pdf, page))
          .contains("第 " + page + " 页 / 共 " + pages + " 页", NOTICE_NO);
    }
    assertThat(PdfPages.text(pdf, 2)).contains("需补正的材料");
    assertThat(PdfPages.text(pdf)).contains("证明材料第1项", "证明材料第40项");
    assertThat(PdfPages.text(pdf, pages).replaceAll("\\s", "")).contains("请于2026年04月03日前");
  }
}
