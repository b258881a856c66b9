package cn.yicibang.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.domain.organisation.Division;
import cn.yicibang.domain.organisation.DivisionCode;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.organisation.OrganisationKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private final Division town =
      new Division(DivisionCode.of("350305101"), "东庄镇", "Dongzhuang", null);
  private final Organisation station = organisation("PS-DONGZHUANG");

  @Test
  void theCredentialStampStaysWhileNothingAboutTheLoginChanges() {
    UserAccount account = account(station, Set.of(Role.COUNTER_CLERK, Role.STATION_HEAD));
    String stamp = account.credentialStamp();
    assertThat(stamp).hasSize(32).matches("[0-9a-f]+");
    assertThat(account.credentialStamp()).isEqualTo(stamp);
    // the same roles in another order are the same grant
    UserAccount again =
        account(station, new LinkedHashSet<>(List.of(Role.STATION_HEAD, Role.COUNTER_CLERK)));
    assertThat(again.credentialStamp()).isEqualTo(stamp);
  }

  @Test
  void theCredentialStampChangesWithThePasswordTheRolesAndTheOrganisation() {
    UserAccount account = account(station, Set.of(Role.COUNTER_CLERK));
    String stamp = account.credentialStamp();

    account.changePasswordHash("PBKDF2WithHmacSHA256:210000:c2FsdDI=:aGFzaDI=");
    String afterPassword = account.credentialStamp();
    assertThat(afterPassword).isNotEqualTo(stamp);

    assertThat(account(station, Set.of(Role.COUNTER_CLERK, Role.STATION_HEAD)).credentialStamp())
        .isNotEqualTo(stamp);
    assertThat(account(organisation("PS-YUETANG"), Set.of(Role.COUNTER_CLERK)).credentialStamp())
        .isNotEqualTo(stamp);
  }

  private static UserAccount account(Organisation organisation, Set<String> roles) {
    return new UserAccount(
        "clerk.test", "测试", "PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==", organisation, roles);
  }

  private Organisation organisation(String id) {
    return new Organisation(
        id, OrganisationKind.POLICE_STATION, id, id, town, null, Set.of(town.code()));
  }
}
