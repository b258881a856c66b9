package cn.yicibang.web.scan;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.ejb.scan.NumberLookup;
import cn.yicibang.ejb.scan.Target;
import cn.yicibang.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The number field in every page's header: what a clerk types or a counter scanner reads off a
 * paper (the scanner types it and presses Enter) opens the page of what it names; anything else
 * answers where the clerk is looking, in their language.
 */
@Named
@RequestScoped
public class GoToView {

  @Inject private NumberLookup lookup;

  private String number;

  /** The page of what the number names, or back to this page with the reason. */
  public String go() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      Target t = lookup.find(number);
      String key = URLEncoder.encode(t.key(), StandardCharsets.UTF_8);
      return switch (t.kind()) {
            case CASE -> "/household/case?id=" + key;
            case BUNDLE -> "/bundle/detail?no=" + key;
            case DISPUTE -> "/mediation/dispute?no=" + key;
            case PERSON -> "/registry/lookup?person=" + key;
          }
          + "&faces-redirect=true";
    } catch (BusinessException e) {
      faces.addMessage(
          "goForm:goTo",
          new FacesMessage(
              FacesMessage.SEVERITY_WARN,
              Messages.format(faces.getViewRoot().getLocale(), e.messageKey(), e.arguments()),
              null));
      return null;
    }
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }
}
