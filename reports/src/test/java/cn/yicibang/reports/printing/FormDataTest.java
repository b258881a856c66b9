package cn.yicibang.reports.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDataTest {

  @Test
  void nullValuesBecomeEmptyText() {
    Map<String, String> row = new HashMap<>();
    row.put("basis", null);

    FormData data = FormData.create().field("formerNames", null).rows(List.of(row));

    assertThat(data.fields()).containsEntry("formerNames", "");
    assertThat(data.rows()).containsExactly(Map.of("basis", ""));
  }

  @Test
  void keepsItsOwnCopyOfTheRows() {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(new HashMap<>(Map.of("item", "姓名")));
    FormData data = FormData.create().rows(rows);

    rows.get(0).put("item", "民族");
    rows.add(Map.of("item", "性别"));

    assertThat(data.rows()).containsExactly(Map.of("item", "姓名"));
  }

  @Test
  void oneParameterHoldsOneKindOfValue() {
    FormData data = FormData.create().field("verificationReference", "HY-1");

    assertThatThrownBy(() -> data.qrCode("verificationReference", "HY-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("verificationReference");
  }
}
