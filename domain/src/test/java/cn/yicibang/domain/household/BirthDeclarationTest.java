package cn.yicibang.domain.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yicibang.domain.household.BirthDeclaration.Parent;
import cn.yicibang.domain.registry.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthDeclarationTest {

  private static final String MOTHER = "350305199507080329";
  private static final String FATHER = "350305199303150313";

  private static BirthDeclaration declare(String name, Parent surnameFrom, String reason) {
    return new BirthDeclaration(
        name,
        Sex.FEMALE,
        LocalDate.of(2026, 11, 20),
        "福建省莆田市秀屿区",
        "01",
        "q350123456",
        MOTHER,
        "陈小燕",
        FATHER,
        "林志华",
        Parent.MOTHER,
        surnameFrom,
        reason,
        true);
  }

  @Test
  void theSurnameFollowsTheChosenParentOrAnotherNeedsAReason() {
    assertThat(declare("林小满", Parent.FATHER, null).surnameFrom()).isEqualTo(Parent.FATHER);
    assertThat(declare("陈小满", Parent.MOTHER, null).certificateNo()).isEqualTo("Q350123456");
    assertThatThrownBy(() -> declare("陈小满", Parent.FATHER, null))
        .hasFieldOrPropertyWithValue("messageKey", "household.birth.surnameMismatch");
    assertThatThrownBy(() -> declare("欧阳满", null, " "))
        .hasFieldOrPropertyWithValue("messageKey", "household.birth.surnameReasonRequired");
    assertThat(declare("欧阳满", null, "随祖母姓（民法典第一千零一十五条第一款第一项）").surnameReason()).startsWith("随祖母姓");
  }

  @Test
  void particularsComeBackAsTheSameDeclaration() {
    BirthDeclaration d = declare("林小满", Parent.FATHER, null);
    assertThat(BirthDeclaration.of(d.particulars())).isEqualTo(d);
  }

  @Test
  void aParentYoungerThanTheChildOrOfTheWrongSexIsRefused() {
    BirthDeclaration d = declare("林小满", Parent.FATHER, null);
    d.requirePossible(LocalDate.of(2026, 12, 7));
    assertThatThrownBy(() -> d.requirePossible(LocalDate.of(2026, 11, 19)))
        .hasFieldOrPropertyWithValue("messageKey", "household.birth.dateInFuture");
    BirthDeclaration swapped =
        new BirthDeclaration(
            "林小满",
            Sex.FEMALE,
            LocalDate.of(2026, 11, 20),
            "秀屿区",
            "01",
            "Q350123456",
            FATHER,
            "林志华",
            MOTHER,
            "陈小燕",
            Parent.MOTHER,
            Parent.MOTHER,
            null,
            false);
    assertThatThrownBy(() -> swapped.requirePossible(LocalDate.of(2026, 12, 7)))
        .hasFieldOrPropertyWithValue("messageKey", "household.birth.parentSex");
  }
}
