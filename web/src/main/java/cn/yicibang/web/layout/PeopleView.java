package cn.yicibang.web.layout;

import cn.yicibang.ejb.security.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Who did something, by name: a timeline, a "taken by" or a "done by" stores the login name, and
 * the page shows the person's name instead ({@code #{people.name(step.actor())}}). The names are
 * read once per request.
 */
@Named("people")
@RequestScoped
public class PeopleView {

  @Inject private Accounts accounts;

  private Map<String, String> names;

  /** The name of the account, or what was stored when no account has it (e.g. "system"). */
  public String name(String username) {
    if (username == null || username.isBlank()) {
      return "";
    }
    if (names == null) {
      names = accounts.displayNames();
    }
    return names.getOrDefault(username, username);
  }
}
