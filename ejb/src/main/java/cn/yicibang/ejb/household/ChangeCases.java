package cn.yicibang.ejb.household;

import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.UUID;

/** Reading one application, for everyone in its chain. */
@Stateless
@RolesAllowed({Role.COUNTER_CLERK, Role.STATION_HEAD, Role.BUREAU_APPROVER, Role.ADMINISTRATOR})
public class ChangeCases {

  @Inject private Callers callers;

  @Inject private Cases cases;

  public ChangeDetail byId(UUID id, Locale locale) {
    return ChangeViews.detail(cases.byId(callers.current(), id), HouseholdChanges.today(), locale);
  }

  /** Which case an acceptance number names, if the caller may see it; nothing else is read. */
  public UUID idByAcceptanceNo(String acceptanceNo) {
    return cases.byAcceptanceNo(callers.current(), acceptanceNo).id();
  }

  public ChangeDetail byAcceptanceNo(String acceptanceNo, Locale locale) {
    return ChangeViews.detail(
        cases.byAcceptanceNo(callers.current(), acceptanceNo), HouseholdChanges.today(), locale);
  }
}
