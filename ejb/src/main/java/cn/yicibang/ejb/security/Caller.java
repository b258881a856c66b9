package cn.yicibang.ejb.security;

import cn.yicibang.domain.organisation.DivisionCode;
import cn.yicibang.domain.organisation.Organisation;
import java.util.Set;

/**
 * Who is calling: the user, their organisation and roles. The organisation's jurisdiction is the
 * boundary of what they may see.
 */
public record Caller(
    String username, String displayName, Organisation organisation, Set<String> roles) {

  public boolean mayView(DivisionCode place) {
    return organisation.covers(place);
  }
}
