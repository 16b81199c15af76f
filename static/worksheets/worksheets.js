// Worksheets: small helpers on top of htmx (the page works without this file).
(function () {
  "use strict";
  var dirty = new Set();

  function fieldOf(el) {
    var box = el.closest && el.closest(".ws-field");
    return box ? box.id.replace(/^field-/, "") : null;
  }

  // Reveal buttons that need JavaScript.
  document.querySelectorAll("[data-add-row], [data-copy-from]").forEach(function (b) { b.hidden = false; });

  document.addEventListener("input", function (e) {
    var name = fieldOf(e.target);
    if (name && e.target.form && e.target.form.id === "ws-form" && !e.target.readOnly) {
      dirty.add(name);
      var status = document.getElementById("status-" + name);
      if (status && !status.querySelector(".ws-error")) { status.textContent = "Editing…"; }
    }
  });

  // "Go to <field>" (a coaching note's link, href="#field-NAME"): the browser would only scroll to the box;
  // put the focus in its first control too, so a keyboard user can start fixing it at once. Also when the
  // link comes from the check page (the hash is in the address on load).
  function goToField(hash) {
    var box = hash && hash.indexOf("#field-") === 0 ? document.getElementById(hash.slice(1)) : null;
    var control = box && box.querySelector("textarea, input:not([type=hidden]), select");
    if (!control) { return false; }
    box.scrollIntoView({ block: "start" });
    control.focus({ preventScroll: true });
    return true;
  }
  goToField(window.location.hash);  // arrived from the check page's link

  // The button bar sticks to the bottom of the window, and the browser's own scroll to a newly focused field
  // ignores it (scroll-padding is not applied to focus), so a field tabbed to could sit under the bar. After
  // that scroll (next frame), move the field clear of the bar, keeping its top in view if it is very tall.
  var bar = document.querySelector(".ws-actions");
  document.addEventListener("focusin", function (e) {
    if (!bar || bar.contains(e.target)) { return; }
    requestAnimationFrame(function () {
      var r = e.target.getBoundingClientRect(), b = bar.getBoundingClientRect();
      if (r.bottom > b.top && r.top < b.bottom) {
        window.scrollBy(0, Math.min(r.bottom - b.top + 8, Math.max(r.top - 8, 0)));
      }
    });
  });

  document.addEventListener("click", function (e) {
    var jump = e.target.closest && e.target.closest('a[href^="#field-"]');
    if (jump && goToField(jump.getAttribute("href"))) {
      e.preventDefault();
      history.replaceState(null, "", jump.getAttribute("href"));
      return;
    }
    var add = e.target.closest("[data-add-row]");
    if (add) {
      var name = add.getAttribute("data-add-row");
      var list = document.querySelector("#rows-" + name + " ol");
      var li = document.createElement("li");
      var input = document.createElement("input");
      input.type = "text"; input.name = name;
      input.setAttribute("aria-label", "New row");
      li.appendChild(input); list.appendChild(li); input.focus();
      return;
    }
    var copy = e.target.closest("[data-copy-from]");
    if (copy) {
      var src = document.getElementById(copy.getAttribute("data-copy-from"));
      var dst = document.getElementById("id_" + copy.getAttribute("data-copy-to"));
      if (src && dst && dst.tagName === "TEXTAREA") { dst.value = src.value; dst.focus(); }
      else if (src && dst) {
        // A list: put each line in its own row.
        var ol = dst.closest("ol"); var lines = src.value.split("\n").filter(function (s) { return s.trim(); });
        var inputs = ol.querySelectorAll("input");
        inputs.forEach(function (inp, i) { inp.value = lines[i] || ""; });
        for (var i = inputs.length; i < lines.length; i++) {
          var li2 = document.createElement("li"); var inp2 = document.createElement("input");
          inp2.type = "text"; inp2.name = dst.name; inp2.value = lines[i]; li2.appendChild(inp2); ol.appendChild(li2);
        }
      }
    }
  });

  // "Check my plan": the notes arrive below the long form, out of sight; bring them (and focus) to the user.
  document.body.addEventListener("htmx:afterSwap", function (e) {
    if (!e.detail.target || e.detail.target.id !== "coach-notes") { return; }
    var result = document.getElementById("coach-result");
    var section = document.getElementById("coach") || result;
    if (result) { result.focus({ preventScroll: true }); section.scrollIntoView({ block: "start" }); }
  });

  document.body.addEventListener("htmx:afterRequest", function (e) {
    var target = e.detail.target;
    if (!target || !target.id || target.id.indexOf("status-") !== 0) { return; }
    var name = target.id.slice(7);
    if (e.detail.xhr && e.detail.xhr.status === 200) { dirty.delete(name); }
  });

  // Network errors or unexpected server errors: say so, keep the text.
  function failed(e) {
    var target = e.detail.target || (e.detail.elt && document.getElementById("status-" + fieldOf(e.detail.elt)));
    if (target && target.id && target.id.indexOf("status-") === 0) {
      target.innerHTML = "";
      var span = document.createElement("span");
      span.className = "ws-error";
      span.textContent = "Not saved (connection or server problem). Your text is still here; keep typing to retry or press “Save everything”.";
      target.appendChild(span);
    }
  }
  document.body.addEventListener("htmx:sendError", failed);
  document.body.addEventListener("htmx:responseError", failed);

  window.addEventListener("beforeunload", function (e) {
    if (dirty.size && !window.__wsSubmitting) { e.preventDefault(); e.returnValue = ""; }
  });
  var form = document.getElementById("ws-form");
  if (form) { form.addEventListener("submit", function () { window.__wsSubmitting = true; }); }
})();
