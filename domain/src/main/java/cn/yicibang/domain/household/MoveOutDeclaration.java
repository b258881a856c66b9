package cn.yicibang.domain.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.ResidentId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is declared for a move out of the district: who moves out, where to (the address the
 * migration record names), and, when the head leaves others behind, who heads the household now.
 */
public record MoveOutDeclaration(
    List<String> movers, String destination, String oldHouseholdNewHead) {

  public static final String MOVERS = "out.movers";
  public static final String DESTINATION = "out.destination";
  public static final String OLD_NEW_HEAD = "out.oldNewHead";

  /** The number of the migration record issued at the approval. */
  public static final String RECORD_NO = "out.recordNo";

  public MoveOutDeclaration {
    Mover.check(movers);
    List<String> ids = new ArrayList<>();
    movers.forEach(m -> ids.add(ResidentId.of(m).value()));
    movers = List.copyOf(ids);
    destination = Texts.required(destination, "household.move.destinationRequired");
    if (destination.codePointCount(0, destination.length()) > Person.PLACE_LENGTH * 2) {
      throw new BusinessException("registry.value.tooLong", "ADDRESS");
    }
    oldHouseholdNewHead =
        oldHouseholdNewHead == null || oldHouseholdNewHead.isBlank()
            ? null
            : ResidentId.of(oldHouseholdNewHead).value();
  }

  public Map<String, String> particulars() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(MOVERS, String.join(",", movers));
    p.put(DESTINATION, destination);
    if (oldHouseholdNewHead != null) {
      p.put(OLD_NEW_HEAD, oldHouseholdNewHead);
    }
    return p;
  }

  public static MoveOutDeclaration of(Map<String, String> p) {
    return new MoveOutDeclaration(
        List.of(p.get(MOVERS).split(",")), p.get(DESTINATION), p.get(OLD_NEW_HEAD));
  }
}
