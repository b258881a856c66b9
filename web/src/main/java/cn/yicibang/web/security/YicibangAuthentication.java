package cn.yicibang.web.security;

import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.security.LoginThrottle;
import cn.yicibang.web.errors.DatabaseOutage;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One mechanism, two doors: HTTP Basic for {@code /api} (stateless, no session is ever created for
 * it) and a login page for the UI (the login bean hands over the credential through {@code
 * SecurityContext.authenticate}; the caller is then remembered in the HTTP session). Jakarta
 * Security allows one mechanism per application, hence both in one class.
 */
@ApplicationScoped
public class YicibangAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = YicibangAuthentication.class.getName() + ".caller";
  static final String RETURN_TO = YicibangAuthentication.class.getName() + ".returnTo";
  static final String LOGIN_PAGE = "/login.xhtml";

  /** A backslash, a dot segment, or an encoded dot, slash or backslash: a path that may leave. */
  private static final Pattern UNSAFE_PATH =
      Pattern.compile("\\\\|(^|/)\\.{1,2}(/|$)|%(2e|2f|5c)", Pattern.CASE_INSENSITIVE);

  /** Session attribute: why the session was ended, a message key the login page shows once. */
  static final String NOTICE = YicibangAuthentication.class.getName() + ".notice";

  /**
   * What the session remembers of a logged-in user, with the account's credential stamp at login:
   * once the account's stamp differs (a new password, a disabled account) the session is ended.
   */
  record SessionCaller(String name, Set<String> groups, String stamp) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  @Inject private IdentityStoreHandler identityStores;

  @Inject private VerifiedCredentials verified;

  @Inject private AccountStamps stamps;

  @Inject private LoginThrottle throttle;

  @Inject private AuditLog audit;

  /** Request attribute: the end of the lock that refused this login, as an {@link Instant}. */
  static final String LOCKED_UNTIL = YicibangAuthentication.class.getName() + ".lockedUntil";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      try {
        return api(request, response, context, path);
      } catch (RuntimeException e) {
        if (!DatabaseOutage.is(e)) {
          throw e;
        }
        // the credential cannot be checked: the same answer as any call that needs the database
        return refuse(
            request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.unavailable");
      }
    }
    return ui(request, response, context);
  }

  private AuthenticationStatus api(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = basic(header.substring(6).strip());
      CredentialValidationResult result =
          credential == null
              ? CredentialValidationResult.INVALID_RESULT
              : verified.validate(credential, c -> throttled(c, request));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      if (request.getAttribute(LOCKED_UNTIL) instanceof Instant until) {
        return locked(request, response, until);
      }
      return unauthorized(request, response, "login.failed");
    }
    if (context.isProtected() && !path.startsWith("/api/public/")) {
      return unauthorized(request, response, "error.unauthorized");
    }
    return context.doNothing();
  }

  private static UsernamePasswordCredential basic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? null
          : new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The identity store's answer, unless the user name or the address is locked by too many
   * failures: then the password is not even tried. Each attempt is counted before its password is
   * tried (so parallel guesses cannot get past the limit); a success clears the user name's count,
   * a failure is counted against the address too.
   */
  private CredentialValidationResult throttled(
      UsernamePasswordCredential credential, HttpServletRequest request) {
    String user = credential.getCaller();
    String address = request.getRemoteAddr();
    CredentialValidationResult[] result = {CredentialValidationResult.INVALID_RESULT};
    java.util.function.BooleanSupplier check =
        () -> {
          result[0] = identityStores.validate(credential);
          return result[0].getStatus() == CredentialValidationResult.Status.VALID;
        };
    LoginThrottle.Outcome outcome;
    try {
      outcome = throttle.attempt(user, address, check);
    } catch (EJBException e) {
      // another request made the name's first row at the same instant: now there is one to wait on
      outcome = throttle.attempt(user, address, check);
    }
    if (outcome.valid()) {
      return result[0];
    }
    if (outcome.lockedUntil() == null) {
      return result[0];
    }
    if (outcome.tried()) {
      // this very failure set the lock (a refusal untried was audited when the lock was set)
      audit.recordAlone(
          user,
          null,
          AuditAction.LOGIN_LOCKED,
          "User",
          user,
          "locked until " + outcome.lockedUntil());
    }
    request.setAttribute(LOCKED_UNTIL, outcome.lockedUntil());
    return CredentialValidationResult.INVALID_RESULT;
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String messageKey) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"yicibang\", charset=\"UTF-8\"");
    return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, messageKey);
  }

  /** Answers the API call with a problem in the caller's language; JAX-RS is never reached. */
  private static AuthenticationStatus refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String messageKey,
      Object... arguments) {
    try {
      ProblemResponses.write(request, response, status, messageKey, arguments);
    } catch (IOException e) {
      response.setStatus(status);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus locked(
      HttpServletRequest request, HttpServletResponse response, Instant until) {
    long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds());
    response.setHeader("Retry-After", Long.toString(seconds));
    return refuse(
        request, response, 429, "login.locked", LoginView.clock(until, request.getLocale()));
  }

  private AuthenticationStatus ui(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      // the stamp before the password: see AccountStamps.fresh
      String stamp = stamps.fresh(password.getCaller());
      CredentialValidationResult result = throttled(password, request);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      // a new session id at login, so a session fixed before login is worthless
      HttpSession old = request.getSession(false);
      if (old != null) {
        request.changeSessionId();
      }
      request
          .getSession(true)
          .setAttribute(
              SESSION_CALLER,
              new SessionCaller(
                  result.getCallerPrincipal().getName(),
                  Set.copyOf(result.getCallerGroups()),
                  stamp));
      return context.notifyContainerAboutLogin(result);
    }
    if (credential != null) {
      return AuthenticationStatus.SEND_FAILURE; // the login page hands over only name and password
    }
    HttpSession session = request.getSession(false);
    SessionCaller caller =
        session == null ? null : (SessionCaller) session.getAttribute(SESSION_CALLER);
    if (caller != null) {
      if (stamps.holds(caller.name(), caller.stamp())) {
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
      }
      // the password was changed (or the account disabled) since this session logged in
      session.invalidate();
      request.getSession(true).setAttribute(NOTICE, "login.accountChanged");
    }
    if (context.isProtected()) {
      if (session == null
          && request.getRequestedSessionId() != null
          && !request.isRequestedSessionIdValid()) {
        // the browser still holds a session the server no longer knows: it stayed idle past the
        // timeout (or the server was restarted); the login page says so, not a bare form
        request.getSession(true).setAttribute(NOTICE, "login.sessionEnded");
      }
      return toLoginPage(request, response, context);
    }
    return context.doNothing();
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String login = request.getContextPath() + LOGIN_PAGE;
    String back = returnTo(request);
    if (back != null) {
      request.getSession(true).setAttribute(RETURN_TO, back);
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // an AJAX request after the session ended: tell Faces to redirect, not a bare 302
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login
                    + "\"/></partial-response>");
        return AuthenticationStatus.SEND_CONTINUE;
      } catch (IOException e) {
        return AuthenticationStatus.SEND_FAILURE;
      }
    }
    return context.redirect(login);
  }

  /**
   * Where the login page sends the clerk back: the page asked for; for a form or AJAX post (the
   * session ended while the page was open) the page it was posted from, as the browser names it in
   * {@code Referer} (its query holds the case the page showed). Only a path of this application is
   * returned, never one with dot segments or encoded slashes and dots (that could leave it) or that
   * a browser would read as another site ({@code //host}); else nowhere in particular. Scheme, host
   * and port of the {@code Referer} are not compared: only its path is used, and behind a proxy
   * they differ from the request's.
   */
  static String returnTo(HttpServletRequest request) {
    String path;
    String query;
    if ("GET".equals(request.getMethod())) {
      path = request.getRequestURI();
      query = request.getQueryString();
    } else {
      String referer = request.getHeader("Referer");
      if (referer == null) {
        return null;
      }
      try {
        URI from = URI.create(referer);
        path = from.getRawPath();
        query = from.getRawQuery();
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    boolean ours =
        path != null
            && path.startsWith(request.getContextPath() + "/")
            && !path.startsWith("//")
            && !path.endsWith(LOGIN_PAGE)
            && !UNSAFE_PATH.matcher(path).find();
    return ours ? path + (query == null ? "" : "?" + query) : null;
  }

  /**
   * The session goes on under the account's new stamp: the one where the user changed their own
   * password.
   */
  static void restamp(HttpSession session, String stamp) {
    if (session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      session.setAttribute(
          SESSION_CALLER, new SessionCaller(caller.name(), caller.groups(), stamp));
    }
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_CALLER);
    }
  }
}
