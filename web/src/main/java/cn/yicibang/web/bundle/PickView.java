package cn.yicibang.web.bundle;

import cn.yicibang.ejb.bundle.BundleIntake;
import cn.yicibang.ejb.bundle.Views;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** bundle/pick.xhtml: the bundles the hall offers, each with its offices and promised time. */
@Named
@RequestScoped
public class PickView {

  @Inject private BundleIntake intake;

  private List<Views.Offer> offers;

  @PostConstruct
  void load() {
    offers = intake.offers(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<Views.Offer> getOffers() {
    return offers;
  }
}
