package cn.yicibang.web.errors;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.ejb.printing.UnprintableFormException;
import cn.yicibang.web.i18n.Messages;
import cn.yicibang.web.printing.UnprintableMessages;
import cn.yicibang.web.security.RefusedRole;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one Faces exception handler: a broken rule becomes a message in the clerk's language on the
 * same page, an expired page is reloaded with a note, and anything unexpected is logged with an
 * incident number that the clerk sees instead of a stack trace.
 */
public class FacesErrors extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

  public FacesErrors(ExceptionHandler wrapped) {
    super(wrapped);
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new FacesErrors(getWrapped().getExceptionHandler());
    }
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator();
        it.hasNext(); ) {
      Throwable t = unwrap(it.next().getContext().getException());
      Locale locale =
          faces.getViewRoot() == null ? Locale.SIMPLIFIED_CHINESE : faces.getViewRoot().getLocale();
      if (t instanceof ViewExpiredException expired) {
        it.remove();
        reload(faces, expired.getViewId());
        continue;
      }
      if (t instanceof UnprintableFormException e) {
        message(
            faces,
            FacesMessage.SEVERITY_ERROR,
            Messages.format(locale, e.messageKey(), e.arguments()));
        UnprintableMessages.describe(e.missing(), locale)
            .forEach(line -> message(faces, FacesMessage.SEVERITY_ERROR, line));
      } else if (t instanceof BusinessException e) {
        message(
            faces,
            FacesMessage.SEVERITY_ERROR,
            Messages.format(locale, e.messageKey(), e.arguments()));
      } else if (RefusedRole.is(t)) {
        message(faces, FacesMessage.SEVERITY_ERROR, Messages.format(locale, "error.forbidden"));
      } else if (DatabaseOutage.is(t)) {
        LOG.log(Level.WARNING, "Database unreachable: {0}", t.toString());
        message(faces, FacesMessage.SEVERITY_ERROR, Messages.format(locale, "error.unavailable"));
      } else {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident, t);
        message(
            faces, FacesMessage.SEVERITY_FATAL, Messages.format(locale, "error.generic", incident));
      }
      it.remove();
      faces.validationFailed();
      faces.renderResponse();
    }
    getWrapped().handle();
  }

  private static void reload(FacesContext faces, String viewId) {
    try {
      var external = faces.getExternalContext();
      external.getFlash().setKeepMessages(true);
      message(
          faces,
          FacesMessage.SEVERITY_WARN,
          Messages.format(
              faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale(),
              "login.expired"));
      external.redirect(
          external.getRequestContextPath() + (viewId == null ? "/index.xhtml" : viewId));
      faces.responseComplete();
    } catch (IOException e) {
      throw new FacesException(e);
    }
  }

  private static void message(FacesContext faces, FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while ((current instanceof FacesException
            || current instanceof EJBException
            || current instanceof jakarta.el.ELException)
        && !RefusedRole.is(current)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
