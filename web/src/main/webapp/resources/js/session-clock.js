/*
 * The session's clock in the browser (docs/architecture.md, "Session timeout"). The server ends a
 * session idle for its limit; this keeps the page in step with it:
 * - while the clerk works (keys, clicks) without talking to the server, for instance typing a long
 *   form, the session is kept alive by a quiet request now and then, so work in hand is not lost;
 * - when nobody has touched the page for nearly the whole limit, a dialog counts down the seconds
 *   left (any key or click, or its button, keeps the session);
 * - at the limit the page is left, so no resident's data stays on an unattended screen: it is
 *   asked for again and the login page says the session has ended.
 * The last contact with the server is shared by all of the clerk's tabs (localStorage): one tab in
 * use keeps the others.
 */
(function () {
  "use strict";

  var KEY = "yicibang.session.lastContact";

  function start() {
    var clock = document.getElementById("sessionClock");
    if (!clock || !window.PrimeFaces || !window.ycbKeepAlive) {
      return;
    }
    var limit = Number(clock.getAttribute("data-limit")) * 1000;
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
        return Number(window.localStorage.getItem(KEY)) || 0;
      } catch (e) {
        return 0;
      }
    }

    function contact() {
      own = Date.now();
      active = false;
      asked = false;
      try {
        window.localStorage.setItem(KEY, String(own));
      } catch (e) {
        // private windows may refuse storage: this tab keeps its own clock
      }
    }

    function keepAlive() {
      if (!asked) {
        asked = true;
        window.ycbKeepAlive();
      }
    }

    function warning() {
      return PF("sessionWarning");
    }

    contact();
    // every Faces request of the page touched the session
    window.jQuery(document).on("pfAjaxComplete", contact);
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

    window.setInterval(function () {
      var idle = Date.now() - Math.max(own, shared());
      // a moment past the limit, so the server has surely ended the session when the page is
      // asked for again (else the page would just show again, its clock restarted)
      if (idle >= limit + 1500) {
        window.location.assign(window.location.href);
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
