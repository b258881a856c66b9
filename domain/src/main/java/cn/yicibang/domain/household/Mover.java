package cn.yicibang.domain.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.domain.registry.ResidentId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One person who moves, and their relation to the head of the household they move into. */
public record Mover(String residentId, RelationToHead relation) {

  /** Most people one application moves together. */
  public static final int MOST = 20;

  public Mover {
    residentId = ResidentId.of(residentId).value();
    if (relation == null) {
      throw new BusinessException("household.move.relationRequired");
    }
  }

  /** The movers as one particular: {@code id:RELATION,id:RELATION}. */
  static String encode(List<Mover> movers) {
    List<String> parts = new ArrayList<>();
    movers.forEach(m -> parts.add(m.residentId() + ":" + m.relation().name()));
    return String.join(",", parts);
  }

  static List<Mover> decode(String encoded) {
    List<Mover> movers = new ArrayList<>();
    for (String part : encoded.split(",")) {
      String[] idAndRelation = part.split(":");
      movers.add(new Mover(idAndRelation[0], RelationToHead.valueOf(idAndRelation[1])));
    }
    return movers;
  }

  /** Refuses no movers, too many, or one person twice. */
  static void check(List<String> residentIds) {
    if (residentIds == null || residentIds.isEmpty()) {
      throw new BusinessException("household.move.nobody");
    }
    if (residentIds.size() > MOST) {
      throw new BusinessException("household.move.tooMany", MOST);
    }
    Set<String> distinct = new LinkedHashSet<>(residentIds);
    if (distinct.size() != residentIds.size()) {
      throw new BusinessException("household.move.twice");
    }
  }
}
