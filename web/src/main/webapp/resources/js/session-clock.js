/*
 * The session's clock in the browser (docs/architecture.md, "Session timeout"). The server ends a
 * session idle for its limit; this keeps the page in step with it:
 * - while the clerk works (keys, clicks) without talking to the server, for instance typing a long
 *   form, the session is kept alive by a quiet request now and then, so work in hand is not lost;
 * - when nobody has touched the page for nearly the whole limit, a dialog counts down the seconds
 *   left (any key or click, or its button, keeps the session);
 * - at the limit the page is left, so no resident's data stays on an unattended screen: it is
 *   asked for again and the login page says the session has ended.
 * The last contact with the server is shared by the tabs of this login (localStorage, under the
 * login's token): one tab in use keeps the others. A tab that finds another token there, because
 * the clerk logged out or someone else logged in on this browser, leaves its page at once.
 */
(function () {
  "use strict";

  var KEY = "yicibang.session.clock";

  function start() {
    var clock = document.getElementById("sessionClock");
    if (!clock || !window.PrimeFaces || !window.ycbKeepAlive) {
      return;
    }
    var limit = Number(clock.getAttribute("data-limit")) * 1000;
    var token = clock.getAttribute("data-token");
    if (!(limit > 0)) {
      return; // a session that never ends
    }
    var warnBefore = Math.min(120000, limit / 4);
    var keepAliveAfter = Math.min(240000, limit / 4);
    var text = document.getElementById("sessionWarningText");
    var own = 0;
    var active = false; // the clerk did something since the last contact
    var asked = false; // a keep-alive is on its way

    function shared() {
      try {
        return JSON.parse(window.localStorage.getItem(KEY));
      } catch (e) {
        return null;
      }
    }

    function share(value) {
      try {
        window.localStorage.setItem(KEY, JSON.stringify(value));
      } catch (e) {
        // private windows may refuse storage: this tab keeps its own clock
      }
    }

    function contact() {
      own = Date.now();
      active = false;
      asked = false;
      share({ token: token, at: own });
    }

    function keepAlive() {
      if (!asked) {
        asked = true;
        try {
          window.ycbKeepAlive();
        } catch (e) {
          asked = false;
        }
      }
    }

    function leave() {
      // asked for again without its fragment (a URL that differs only there would not load)
      window.location.replace(window.location.href.split("#")[0]);
    }

    function warning() {
      return PF("sessionWarning");
    }

    contact();
    // a Faces request of the page that was answered touched the session; one sent to the login
    // page (the session had ended) or failing did not
    window.jQuery(document).on("pfAjaxComplete", function (event, xhr) {
      if (xhr && xhr.status === 200 && String(xhr.responseText).indexOf("<redirect") < 0) {
        contact();
      }
    });
    ["keydown", "mousedown", "touchstart", "wheel"].forEach(function (type) {
      document.addEventListener(
        type,
        function () {
          active = true;
        },
        { capture: true, passive: true }
      );
    });
    document.getElementById("sessionForm:sessionStay").addEventListener("click", keepAlive);
    var logout = document.getElementById("headerForm:logout");
    if (logout) {
      logout.addEventListener("click", function () {
        share({ token: "", at: Date.now() }); // the other tabs of this login leave too
      });
    }

    window.setInterval(function () {
      var last = shared();
      if (last && last.token !== token) {
        leave();
        return;
      }
      var idle = Date.now() - Math.max(own, last ? Number(last.at) || 0 : 0);
      // a moment past the limit, so the server has surely ended the session when the page is
      // asked for again (else the page would just show again, its clock restarted)
      if (idle >= limit + 1500) {
        leave();
        return;
      }
      if (active && idle >= keepAliveAfter) {
        keepAlive();
      }
      if (!active && idle >= limit - warnBefore) {
        var seconds = Math.max(0, Math.ceil((limit - idle) / 1000));
        text.textContent = text.getAttribute("data-template").replace("{0}", String(seconds));
        if (!warning().isVisible()) {
          warning().show();
        }
      } else if (warning().isVisible()) {
        warning().hide();
      }
    }, 1000);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
