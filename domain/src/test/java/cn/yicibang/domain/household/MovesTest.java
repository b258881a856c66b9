package cn.yicibang.domain.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yicibang.domain.registry.RelationToHead;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The declarations of moves and of relations refuse what cannot be, before anything is saved. */
class MovesTest {

  private static final String A = "350305199001011238";
  private static final String B = "350305199203040029";

  @Test
  void aMoveGoesToAnExistingHouseholdOrANewOneNeverBoth() {
    assertThatThrownBy(() -> new Destination("350305101000123", "东沁村1号", "350305101201001001"))
        .hasFieldOrPropertyWithValue("messageKey", "household.move.destinationOne");
    assertThatThrownBy(() -> new Destination(null, null, null))
        .hasFieldOrPropertyWithValue("messageKey", "household.move.destinationOne");
    assertThatThrownBy(() -> new Destination(null, "东沁村1号", null))
        .hasFieldOrPropertyWithValue("messageKey", "household.move.newHouseholdIncomplete");
    assertThat(new Destination(null, "东沁村1号", "350305101201001001").newHousehold()).isTrue();
  }

  @Test
  void aNewHouseholdHasExactlyOneHeadAndAnExistingOneKeepsItsOwn() {
    Destination fresh = new Destination(null, "东沁村1号", "350305101201001001");
    Destination existing = new Destination("350305101000123", null, null);
    assertThatThrownBy(
            () -> new MoveWithinDeclaration(List.of(new Mover(A, RelationToHead.SON)), fresh, null))
        .hasFieldOrPropertyWithValue("messageKey", "household.move.newHouseholdOneHead");
    assertThatThrownBy(
            () ->
                new MoveWithinDeclaration(
                    List.of(new Mover(A, RelationToHead.HEAD)), existing, null))
        .hasFieldOrPropertyWithValue("messageKey", "household.move.headExists");
    assertThatThrownBy(
            () ->
                new MoveWithinDeclaration(
                    List.of(new Mover(A, RelationToHead.HEAD), new Mover(A, RelationToHead.SON)),
                    fresh,
                    null))
        .hasFieldOrPropertyWithValue("messageKey", "household.move.twice");
  }

  @Test
  void declarationsComeBackFromTheirParticulars() {
    MoveWithinDeclaration within =
        new MoveWithinDeclaration(
            List.of(new Mover(A, RelationToHead.HEAD), new Mover(B, RelationToHead.SPOUSE)),
            new Destination(null, "东沁村1号", "350305101201001001"),
            null);
    assertThat(MoveWithinDeclaration.of(within.particulars())).isEqualTo(within);
    MoveOutDeclaration out = new MoveOutDeclaration(List.of(A, B), "福州市鼓楼区", null);
    assertThat(MoveOutDeclaration.of(out.particulars())).isEqualTo(out);
    RelationsDeclaration relations =
        new RelationsDeclaration(List.of(new Mover(B, RelationToHead.HEAD)));
    assertThat(RelationsDeclaration.of(relations.particulars())).isEqualTo(relations);
  }

  @Test
  void aNewcomerIntoANewHouseholdHeadsItAndIntoAnExistingOneDoesNot() {
    assertThatThrownBy(
            () ->
                new MoveInDeclaration(
                    A,
                    "郭雨萱",
                    "01",
                    null,
                    "福州",
                    "FZ1",
                    "鼓楼分局",
                    new Destination("350305101000123", null, null),
                    RelationToHead.HEAD))
        .hasFieldOrPropertyWithValue("messageKey", "household.move.headExists");
    MoveInDeclaration in =
        new MoveInDeclaration(
            A,
            "郭雨萱",
            "01",
            "福州",
            "福州",
            "FZ1",
            "鼓楼分局",
            new Destination(null, "东沁村1号", "350305101201001001"),
            RelationToHead.HEAD);
    assertThat(MoveInDeclaration.of(in.particulars())).isEqualTo(in);
  }
}
