package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.mediation.BodyKind;
import cn.yicibang.domain.mediation.DisputeType;
import cn.yicibang.domain.mediation.FirstBody;
import cn.yicibang.domain.mediation.LevelRule;
import cn.yicibang.domain.mediation.MediationBody;
import cn.yicibang.domain.mediation.MediationLevel;
import cn.yicibang.domain.organisation.DivisionCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handoff's rules as data: dispute types, levels with their caps in order, the bodies with
 * their level and kind. Proposes where a dispute goes from its type and place, and where it goes
 * when a level is used up.
 */
@Stateless
@PermitAll
public class MediationRules {

  /**
   * For each first choice of a type, the order in which bodies covering the place are proposed;
   * whatever the place lacks is skipped, so a village without a sage committee falls back to its
   * committee, a town without a room in its station to its committee, and so on up.
   */
  private static final Map<FirstBody, List<Choice>> PREFERENCE =
      Map.of(
          FirstBody.VILLAGE_SAGE,
          List.of(
              Choice.of(MediationLevel.VILLAGE, BodyKind.SAGE),
              Choice.of(MediationLevel.VILLAGE, BodyKind.COMMITTEE),
              Choice.of(MediationLevel.VILLAGE, BodyKind.ROOM)),
          FirstBody.VILLAGE,
          List.of(
              Choice.of(MediationLevel.VILLAGE, BodyKind.COMMITTEE),
              Choice.of(MediationLevel.VILLAGE, BodyKind.SAGE),
              Choice.of(MediationLevel.VILLAGE, BodyKind.ROOM)),
          FirstBody.STATION_ROOM,
          List.of(
              Choice.of(MediationLevel.VILLAGE, BodyKind.ROOM),
              Choice.of(MediationLevel.TOWN, BodyKind.ROOM),
              Choice.of(MediationLevel.VILLAGE, BodyKind.COMMITTEE)),
          FirstBody.TOWN,
          List.of(
              Choice.of(MediationLevel.TOWN, BodyKind.COMMITTEE),
              Choice.of(MediationLevel.TOWN, BodyKind.ROOM)));

  private record Choice(MediationLevel level, BodyKind kind) {
    static Choice of(MediationLevel level, BodyKind kind) {
      return new Choice(level, kind);
    }

    boolean matches(MediationBody b) {
      return b.level() == level && b.kind() == kind;
    }
  }

  @PersistenceContext private EntityManager em;

  public List<DisputeType> types() {
    return em.createQuery("select t from DisputeType t order by t.sortOrder", DisputeType.class)
        .getResultList();
  }

  public DisputeType type(String code) {
    DisputeType t = code == null ? null : em.find(DisputeType.class, code);
    if (t == null) {
      throw new NotFoundException("mediation.type.notFound");
    }
    return t;
  }

  /** The levels, lowest first. */
  public List<LevelRule> levels() {
    return em.createQuery("select r from LevelRule r order by r.sortOrder", LevelRule.class)
        .getResultList();
  }

  public LevelRule level(MediationLevel level) {
    return em.find(LevelRule.class, level);
  }

  public MediationBody body(String id) {
    MediationBody b = id == null ? null : em.find(MediationBody.class, id);
    if (b == null) {
      throw new NotFoundException("mediation.body.notFound");
    }
    return b;
  }

  /**
   * Every body covering the place, the proposed one first: the type's first choice, then the others
   * of the choice list, then the rest from the lowest level up (committees before rooms).
   */
  public List<MediationBody> proposals(DisputeType type, DivisionCode place) {
    List<MediationBody> covering = covering(place, levels());
    Map<String, MediationBody> ordered = new LinkedHashMap<>();
    for (Choice c : PREFERENCE.get(type.firstBody())) {
      covering.stream().filter(c::matches).forEach(b -> ordered.putIfAbsent(b.id(), b));
    }
    covering.forEach(b -> ordered.putIfAbsent(b.id(), b));
    return new ArrayList<>(ordered.values());
  }

  /**
   * The body of the next level up covering the place, a committee before a room; empty after the
   * last level.
   */
  public Optional<MediationBody> nextLevel(MediationLevel current, DivisionCode place) {
    List<LevelRule> levels = levels();
    List<MediationBody> covering = covering(place, levels);
    int at = -1;
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).level() == current) {
        at = i;
      }
    }
    for (int i = at + 1; i < levels.size(); i++) {
      MediationLevel next = levels.get(i).level();
      Optional<MediationBody> body =
          covering.stream()
              .filter(b -> b.level() == next)
              .min(Comparator.comparing(b -> b.kind() == BodyKind.COMMITTEE ? 0 : 1));
      if (body.isPresent()) {
        return body;
      }
    }
    return Optional.empty();
  }

  /** The bodies whose jurisdiction holds the place, lowest level first. */
  private List<MediationBody> covering(DivisionCode place, List<LevelRule> levels) {
    Map<MediationLevel, Integer> order = new LinkedHashMap<>();
    levels.forEach(l -> order.put(l.level(), l.sortOrder()));
    return em
        .createQuery("select b from MediationBody b", MediationBody.class)
        .getResultList()
        .stream()
        .filter(b -> b.organisation().covers(place))
        .sorted(
            Comparator.comparing((MediationBody b) -> order.getOrDefault(b.level(), 99))
                .thenComparing(b -> b.kind().ordinal())
                .thenComparing(MediationBody::id))
        .toList();
  }
}
