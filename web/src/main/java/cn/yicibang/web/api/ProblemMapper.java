package cn.yicibang.web.api;

import cn.yicibang.domain.AccessDeniedException;
import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.NotFoundException;
import cn.yicibang.ejb.household.ConflictException;
import cn.yicibang.ejb.printing.UnprintableFormException;
import cn.yicibang.web.i18n.Messages;
import cn.yicibang.web.printing.UnprintableMessages;
import cn.yicibang.web.security.RefusedRole;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that reaches JAX-RS into a problem-details answer in the caller's language:
 * rule violations and bad input are 4xx with the rule's sentence, an unreachable database is 503,
 * anything else is a 500 with an incident number that is also in the log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
  public static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

  @Context private HttpHeaders headers;

  @jakarta.inject.Inject private cn.yicibang.ejb.bundle.BundleCatalogue bundles;

  @Override
  public Response toResponse(Throwable thrown) {
    Locale locale = locale();
    Problem problem = problem(unwrap(thrown), locale);
    return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
  }

  private Problem problem(Throwable t, Locale locale) {
    if (t instanceof NotFoundException e) {
      return Problem.of(404, e.messageKey(), locale, e.arguments());
    }
    if (t instanceof AccessDeniedException e) {
      return Problem.of(403, e.messageKey(), locale, e.arguments());
    }
    if (t instanceof ConflictException e) {
      return Problem.of(409, e.messageKey(), locale, e.arguments());
    }
    if (optimisticConflict(t)) {
      return Problem.of(409, "error.conflict", locale);
    }
    if (t instanceof UnprintableFormException e) {
      return Problem.of(422, e.messageKey(), locale, e.arguments())
          .withErrors(UnprintableMessages.describe(e.missing(), locale));
    }
    if (t instanceof cn.yicibang.domain.bundle.InvalidFieldsException e) {
      return Problem.of(400, e.messageKey(), locale, e.arguments())
          .withErrors(
              bundles.describe(e.problems(), locale).entrySet().stream()
                  .map(en -> en.getKey() + ": " + en.getValue())
                  .toList());
    }
    if (t instanceof cn.yicibang.domain.bundle.MissingMaterialsException e) {
      var names = bundles.materialNames(locale);
      return Problem.of(400, e.messageKey(), locale, e.arguments())
          .withErrors(e.materialCodes().stream().map(c -> names.getOrDefault(c, c)).toList());
    }
    if (t instanceof BusinessException e) {
      return Problem.of(400, e.messageKey(), locale, e.arguments());
    }
    if (RefusedRole.is(t)) {
      return Problem.of(403, "error.forbidden", locale);
    }
    if (t instanceof ConstraintViolationException e) {
      return Problem.of(400, "error.badRequest", locale, e.getConstraintViolations().size())
          .withErrors(
              e.getConstraintViolations().stream()
                  .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                  .toList());
    }
    if (t instanceof JsonbException || t instanceof ProcessingException) {
      return Problem.of(400, "error.badRequest", locale, "JSON");
    }
    if (t instanceof WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String key =
          switch (status) {
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 406 -> "error.notAcceptable";
            case 415 -> "error.unsupportedMediaType";
            default -> status < 500 ? "error.badRequest.generic" : "error.title";
          };
      return Problem.of(status, key, locale);
    }
    if (cn.yicibang.web.errors.DatabaseOutage.is(t)) {
      LOG.log(Level.WARNING, "Database unreachable: {0}", t.toString());
      return Problem.of(503, "error.unavailable", locale);
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Incident " + incident, t);
    return Problem.of(500, "error.generic", locale, incident).withIncident(incident);
  }

  private static boolean optimisticConflict(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof jakarta.persistence.OptimisticLockException
          || c instanceof jakarta.persistence.EntityExistsException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while (current instanceof EJBException
        && !RefusedRole.is(current)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private Locale locale() {
    List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
    return Messages.supported(accepted.isEmpty() ? null : accepted.get(0));
  }
}
