package cn.yicibang.domain.household;

import java.util.List;
import java.util.Map;

/**
 * What is declared for a change of head or of relations in one household: each member whose
 * relation to the head changes, with the new relation (the new head among them as HEAD).
 */
public record RelationsDeclaration(List<Mover> members) {

  public static final String MEMBERS = "relations.members";

  public RelationsDeclaration {
    Mover.check(members == null ? null : members.stream().map(Mover::residentId).toList());
    members = List.copyOf(members);
  }

  public Map<String, String> particulars() {
    return Map.of(MEMBERS, Mover.encode(members));
  }

  public static RelationsDeclaration of(Map<String, String> p) {
    return new RelationsDeclaration(Mover.decode(p.get(MEMBERS)));
  }
}
