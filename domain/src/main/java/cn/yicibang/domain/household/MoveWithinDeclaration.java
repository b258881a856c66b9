package cn.yicibang.domain.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.domain.registry.ResidentId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is declared for a move inside the district: who moves (each with the relation to the head of
 * the household they join), where to, and, when the head leaves others behind, who heads the old
 * household now. Into a new household, exactly one mover is its head.
 */
public record MoveWithinDeclaration(
    List<Mover> movers, Destination destination, String oldHouseholdNewHead) {

  public static final String MOVERS = "move.movers";
  public static final String OLD_NEW_HEAD = "move.oldNewHead";

  public MoveWithinDeclaration {
    Mover.check(movers == null ? null : movers.stream().map(Mover::residentId).toList());
    movers = List.copyOf(movers);
    if (destination == null) {
      throw new BusinessException("household.move.destinationOne");
    }
    long heads = movers.stream().filter(m -> m.relation() == RelationToHead.HEAD).count();
    if (destination.newHousehold() && heads != 1) {
      throw new BusinessException("household.move.newHouseholdOneHead");
    }
    if (!destination.newHousehold() && heads > 0) {
      throw new BusinessException("household.move.headExists");
    }
    oldHouseholdNewHead =
        oldHouseholdNewHead == null || oldHouseholdNewHead.isBlank()
            ? null
            : ResidentId.of(oldHouseholdNewHead).value();
  }

  public Map<String, String> particulars() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(MOVERS, Mover.encode(movers));
    destination.into(p);
    if (oldHouseholdNewHead != null) {
      p.put(OLD_NEW_HEAD, oldHouseholdNewHead);
    }
    return p;
  }

  public static MoveWithinDeclaration of(Map<String, String> p) {
    return new MoveWithinDeclaration(
        Mover.decode(p.get(MOVERS)), Destination.of(p), p.get(OLD_NEW_HEAD));
  }
}
