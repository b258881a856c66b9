package cn.yicibang.web.layout;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import java.util.Locale;

/**
 * Every view is in the language the user chose (Chinese unless they switched), from its first phase
 * on, not only when the page is rendered. Without it, a page bean loading data in a view action on
 * the first request would get the browser's Accept-Language instead, and print English material
 * names under Chinese headings.
 */
public class ChosenLanguage extends ViewHandlerWrapper {

  public ChosenLanguage(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(jakarta.faces.context.FacesContext context) {
    return CDI.current().select(LayoutView.class).get().getLocale();
  }
}
