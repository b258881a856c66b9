package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.DutyKind;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.RegisterChange;
import java.util.List;
import java.util.Set;

/**
 * What a final approval did to the register: the person the notice is about (as now registered),
 * the history entries written, and the follow-on duties that became due.
 */
public record RegisterEffect(Person person, List<RegisterChange> changes, Set<DutyKind> duties) {}
