// Progressive enhancement for quiz pages; everything works without it.
(function () {
  "use strict";

  // Ordering. Each step has a position select (1 = first; empty = left out) and, with JavaScript, up/down
  // buttons. The rows always follow the numbers, and the numbers stay 1..n over the placed steps, so what
  // the student sees is what is sent. Choosing a position for a step gives it exactly that position: the
  // step that held it takes the chooser's old place (a swap), so every other choice stays as made; a step
  // brought back from "leave out" is inserted instead. (Re-sorting after each choice without the swap used
  // to turn 1-2-3-4 into 1-3-2-4.)
  function steps(list) { return Array.prototype.slice.call(list.querySelectorAll(".ordering-step")); }
  function selectOf(li) { return li.querySelector("select"); }
  function position(li) { var v = selectOf(li).value; return v === "" ? Infinity : parseInt(v, 10); }
  function stepName(li) { return li.querySelector(".step-text").textContent.trim(); }
  function renumber(list) {  // placed steps in row order get 1..n; remember each value for the next change
    var n = 0;
    steps(list).forEach(function (li) {
      var select = selectOf(li);
      if (select.value !== "") { n += 1; select.value = String(n); }
      select.dataset.was = select.value;
    });
  }
  function sortByPosition(list) {
    var rows = steps(list);
    var order = rows.map(function (li, i) { return { li: li, i: i, p: position(li) }; });
    order.sort(function (a, b) { return a.p - b.p || a.i - b.i; });
    if (order.every(function (o, i) { return o.li === rows[i]; })) { return; }  // nothing moves: keep focus
    var focused = document.activeElement;
    order.forEach(function (o) { list.appendChild(o.li); });
    if (focused && list.contains(focused)) { focused.focus(); }  // moving a row blurs what it holds
  }
  function announce(list, text) {
    var out = list.parentNode.querySelector(".ordering-live");
    if (out) { out.textContent = text; }
  }
  function placed(list) { return steps(list).filter(function (li) { return selectOf(li).value !== ""; }).length; }
  function choosePosition(list, li) {
    var select = selectOf(li), was = select.dataset.was || "", now = select.value;
    if (now !== "") {
      var wanted = parseInt(now, 10);
      steps(list).forEach(function (other) {
        var s = selectOf(other);
        if (other === li || s.value === "") { return; }
        var p = parseInt(s.value, 10);
        if (was !== "") {
          if (p === wanted) { s.value = was; }  // swap with the step that held the position
        } else if (p >= wanted) {
          s.value = String(p + 1);  // back from "leave out": insert, the rest moves down one
        }
      });
    }
    sortByPosition(list);
    renumber(list);
    var name = stepName(li);
    announce(list, select.value === "" ? "“" + name + "” is left out." :
      "“" + name + "” is step " + select.value + " of " + placed(list) + ".");
  }
  function enhanceOrdering(root) {
    root.querySelectorAll("[data-ordering]").forEach(function (list) {
      if (list.dataset.enhanced) { return; }
      list.dataset.enhanced = "1";
      var moving = false;
      list.querySelectorAll(".move").forEach(function (el) { el.hidden = false; });
      sortByPosition(list);
      renumber(list);
      list.addEventListener("click", function (event) {
        var button = event.target.closest("[data-move]");
        if (!button) { return; }
        var li = button.closest(".ordering-step");
        if (button.dataset.move === "up" && li.previousElementSibling) {
          list.insertBefore(li, li.previousElementSibling);
        } else if (button.dataset.move === "down" && li.nextElementSibling) {
          list.insertBefore(li.nextElementSibling, li);
        }
        var select = selectOf(li);
        if (select.value === "") { select.value = "1"; }
        renumber(list);
        button.focus();
        announce(list, "“" + stepName(li) + "” is step " + select.value + " of " + placed(list) + ".");
        moving = true;
        select.dispatchEvent(new Event("change", { bubbles: true }));  // exam autosave listens for change
        moving = false;
      });
      // Capture phase: the positions are settled before htmx (exam autosave) reads the item's values.
      list.addEventListener("change", function (event) {
        if (event.target.tagName === "SELECT" && !moving) {
          choosePosition(list, event.target.closest(".ordering-step"));
        }
      }, true);
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

  // Exam: nothing typed is lost on the way out. htmx saves an item 800 ms after the last keystroke; a student
  // who reloads, follows a link or hides the tab sooner would lose that text. So every edit is counted per
  // item until the server confirms it; when the page is hidden or left, the unconfirmed items are posted at
  // once with a keepalive fetch (it outlives the page), and leaving asks first while a save is pending or
  // failed. While such a post is on its way, htmx's own save of the same item waits for it, so the version
  // the page sends next is the one the post returned (never a conflict with itself).
  function enhanceExam() {
    var form = document.getElementById("exam-form");
    if (!form || !window.fetch || !window.htmx) { return; }
    var url = form.dataset.autosaveUrl;
    var edits = {}, confirmed = {}, failed = {}, flushing = {}, waiting = {};
    var sentWith = new WeakMap();
    var leaving = false;  // the form itself is being posted: it carries every answer
    function itemOf(el) {
      var section = el && el.closest ? el.closest(".exam-item") : null;
      return section ? section.id.replace(/^item-/, "") : null;
    }
    function dirty(id) { return (edits[id] || 0) > (confirmed[id] || 0); }
    function unsaved() {
      return Object.keys(edits).some(dirty) || Object.keys(failed).length > 0;
    }
    function settle(id, editCount, ok) {
      if (ok) { confirmed[id] = Math.max(confirmed[id] || 0, editCount); delete failed[id]; }
      else { failed[id] = true; }
    }
    function itemData(id) {
      var section = document.getElementById("item-" + id);
      var data = new FormData();
      data.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
      section.querySelectorAll("input[name], select[name], textarea[name]").forEach(function (el) {
        if ((el.type === "checkbox" || el.type === "radio") && !el.checked) { return; }
        data.append(el.name, el.value);
      });
      return data;
    }
    function flush() {
      Object.keys(edits).filter(function (id) { return dirty(id) && !(id in flushing); }).forEach(function (id) {
        var editCount = edits[id];
        flushing[id] = editCount;
        var done = function (ok) {
          settle(id, editCount, ok);
          delete flushing[id];
          var go = waiting[id];
          delete waiting[id];
          if (go) { go(true); }
        };
        // HX-Request: the server answers with the same fragment as an htmx save (status and new version).
        fetch(url, { method: "POST", body: itemData(id), keepalive: true, credentials: "same-origin",
                     headers: { "HX-Request": "true" } })
          .then(function (response) {
            return response.text().then(function (html) {
              if (response.status !== 204) { htmx.swap("#status-" + id, html, { swapStyle: "innerHTML" }); }
              done(response.ok);
            });
          })
          .catch(function () { done(false); });
      });
    }
    form.addEventListener("input", function (event) {
      var id = itemOf(event.target);
      if (id) { edits[id] = (edits[id] || 0) + 1; }
    }, true);
    form.addEventListener("change", function (event) {
      var id = itemOf(event.target);
      if (id && event.target.tagName !== "TEXTAREA" && event.target.type !== "text") {
        edits[id] = (edits[id] || 0) + 1;
      }
    }, true);
    form.addEventListener("submit", function () { leaving = true; });
    document.addEventListener("htmx:confirm", function (event) {
      var id = itemOf(event.detail.elt);
      if (id && id in flushing && event.detail.path === url) {
        event.preventDefault();
        waiting[id] = event.detail.issueRequest;
      }
    });
    document.addEventListener("htmx:beforeRequest", function (event) {
      var id = itemOf(event.detail.elt);
      if (id && event.detail.requestConfig.path === url) { sentWith.set(event.detail.xhr, [id, edits[id] || 0]); }
    });
    document.addEventListener("htmx:afterRequest", function (event) {
      var sent = sentWith.get(event.detail.xhr);
      if (sent) { settle(sent[0], sent[1], event.detail.xhr.status === 200); }
    });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden" && !leaving) { flush(); }
    });
    window.addEventListener("pagehide", function () { if (!leaving) { flush(); } });
    window.addEventListener("beforeunload", function (event) {
      if (leaving || !unsaved()) { return; }
      flush();
      event.preventDefault();
      event.returnValue = "";  // older browsers show their own question only when this is set
    });
    // Back to this page from the browser's cache: its versions may be old, so load the saved drafts afresh.
    window.addEventListener("pageshow", function (event) { if (event.persisted) { window.location.reload(); } });
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
    enhanceExam();
    startCountdown();
  });
  document.addEventListener("htmx:load", function (event) {
    enhanceOrdering(event.target);
    revealCopyButtons(event.target);
  });
})();
