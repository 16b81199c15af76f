// Progressive enhancement for quiz pages; everything works without it.
(function () {
  "use strict";

  // Ordering: up/down buttons move a step and renumber the position selects in list order.
  function renumber(list) {
    var n = 0;
    list.querySelectorAll(".ordering-step").forEach(function (li) {
      var select = li.querySelector("select");
      if (select && select.value !== "") { n += 1; select.value = String(n); }
    });
  }
  function sortByPosition(list) {
    var steps = Array.prototype.slice.call(list.querySelectorAll(".ordering-step"));
    steps.sort(function (a, b) {
      var va = a.querySelector("select").value, vb = b.querySelector("select").value;
      var pa = va === "" ? 1e9 : parseInt(va, 10), pb = vb === "" ? 1e9 : parseInt(vb, 10);
      return pa - pb;
    });
    steps.forEach(function (li) { list.appendChild(li); });
  }
  function enhanceOrdering(root) {
    root.querySelectorAll("[data-ordering]").forEach(function (list) {
      if (list.dataset.enhanced) { return; }
      list.dataset.enhanced = "1";
      var moving = false;
      list.querySelectorAll(".move").forEach(function (el) { el.hidden = false; });
      sortByPosition(list);
      list.addEventListener("click", function (event) {
        var button = event.target.closest("[data-move]");
        if (!button) { return; }
        var li = button.closest(".ordering-step");
        if (button.dataset.move === "up" && li.previousElementSibling) {
          list.insertBefore(li, li.previousElementSibling);
        } else if (button.dataset.move === "down" && li.nextElementSibling) {
          list.insertBefore(li.nextElementSibling, li);
        }
        var select = li.querySelector("select");
        if (select.value === "") { select.value = "1"; }
        renumber(list);
        button.focus();
        moving = true;
        select.dispatchEvent(new Event("change", { bubbles: true }));  // exam autosave listens for change
        moving = false;
      });
      list.addEventListener("change", function (event) {
        if (event.target.tagName === "SELECT" && !moving) { sortByPosition(list); renumber(list); }
      });
    });
  }

  // Exam countdown (display only: the server decides what is late).
  function startCountdown() {
    var time = document.querySelector("[data-deadline]");
    var out = document.getElementById("countdown");
    if (!time || !out) { return; }
    var deadline = new Date(time.dataset.deadline).getTime();
    function tick() {
      var left = Math.round((deadline - Date.now()) / 1000);
      if (left <= 0) {
        out.textContent = "— time is up: submit now (late answers are kept and marked late)";
        out.className = "late-now";
        return;
      }
      var m = Math.floor(left / 60), s = left % 60;
      out.textContent = "— " + m + ":" + (s < 10 ? "0" : "") + s + " left";
      window.setTimeout(tick, 1000);
    }
    tick();
  }

  // Exam conflict panel: copy the other tab's saved answer into my box (then "save mine over it" keeps it).
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-from]");
    if (!button) { return; }
    var src = document.getElementById(button.dataset.copyFrom);
    var dst = document.getElementById(button.dataset.copyTo);
    if (src && dst) { dst.value = src.value.replace(/^\n/, ""); dst.focus(); }
  });
  function revealCopyButtons(root) {
    root.querySelectorAll("[data-copy-from]").forEach(function (b) { b.hidden = false; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    revealCopyButtons(document);
    enhanceOrdering(document);
    startCountdown();
  });
  document.addEventListener("htmx:load", function (event) {
    enhanceOrdering(event.target);
    revealCopyButtons(event.target);
  });
})();
