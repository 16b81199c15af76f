// Site-wide htmx behaviour. The fragment status policy lives in studyguide/http.py: statuses meant to be read
// (401, 403, 409, 422, 429) are swapped like successes; any other error is not swapped and lands here.
(function () {
  "use strict";
  var banner = document.getElementById("htmx-error");
  function show(message) {
    if (!banner) { return; }
    banner.textContent = message;
    banner.hidden = false;
  }
  document.body.addEventListener("htmx:responseError", function (e) {
    var status = e.detail.xhr ? e.detail.xhr.status : 0;
    if (status === 413) {
      show("That is too large to send (error 413): nothing was saved. Choose a smaller file or shorten the text.");
      return;
    }
    show("Something went wrong on our side (error " + status + "). Nothing you typed on this page was lost: " +
         "try again in a moment.");
  });
  document.body.addEventListener("htmx:sendError", function () {
    show("Could not reach the server. Check your connection; nothing you typed on this page was lost.");
  });
  document.body.addEventListener("htmx:afterRequest", function (e) {
    if (banner && !banner.hidden && e.detail.successful) { banner.hidden = true; }
  });

  // The phone menu (a disclosure button). Only once this runs does the CSS fold the links away on a narrow
  // screen, so without JavaScript they stay in view. Esc closes it from anywhere in the nav and puts the focus
  // back on the button; on a wide screen the button is not shown and the state does not matter.
  var nav = document.querySelector(".site-header .nav");
  var toggle = nav && nav.querySelector(".nav-toggle");
  if (toggle && document.getElementById(toggle.getAttribute("aria-controls"))) {
    var setOpen = function (open) { toggle.setAttribute("aria-expanded", open ? "true" : "false"); };
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    nav.addEventListener("keydown", function (e) {
      var shown = toggle.offsetParent !== null;  // the button is only displayed on a narrow screen
      if (e.key === "Escape" && shown && toggle.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        toggle.focus();
      }
    });
    nav.classList.add("foldable");
  }
})();
