/*
 * An answer shows where the clerk is looking. The page's messages (what was done, or why not) sit
 * at the top of the content; a clerk who pressed a button at the bottom of a long form would not see
 * them. After a request a button made that brings a message, this brings the messages into view
 * if they are not (the messages are an alert region: a screen reader reads them anyway). Nothing
 * moves when the clerk can see them already, nor while the clerk is typing in a field, so an answer
 * to a field left never pulls the page away from the next one.
 */
(function () {
  "use strict";

  function show() {
    var box = document.getElementById("messages");
    if (!box || !box.querySelector(".ui-messages-info, .ui-messages-warn, .ui-messages-error, .ui-messages-fatal")) {
      return;
    }
    var r = box.getBoundingClientRect();
    var visible = r.top >= 0 && r.bottom <= (window.innerHeight || document.documentElement.clientHeight);
    var typing = document.activeElement && /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (!visible && !typing) {
      box.scrollIntoView({ block: "center", behavior: "auto" });
    }
  }

  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", function () {
      window.setTimeout(show, 0);
    });
  }
  document.addEventListener("DOMContentLoaded", show);
})();
