// Teacher review queue: keyboard shortcuts (progressive enhancement; every action also works as a plain form).
//   j / k      next / previous answer card
//   1 2 3      level incorrect / partial / correct on the current card
//   c          focus the comment box        s   save the decision        a   confirm the grader's level
//   Esc        leave a text box (then the shortcuts work again)
(function () {
  "use strict";
  var LEVELS = { "1": "incorrect", "2": "partial", "3": "correct" };

  function cards() {
    return Array.prototype.slice.call(document.querySelectorAll(".answer-card"));
  }

  function current() {
    var el = document.activeElement;
    var card = el && el.closest ? el.closest(".answer-card") : null;
    return card || document.querySelector(".answer-card.is-current") || cards()[0] || null;
  }

  function select(card) {
    if (!card) return;
    cards().forEach(function (c) { c.classList.remove("is-current"); });
    card.classList.add("is-current");
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    if (history.replaceState) history.replaceState(null, "", "#" + card.id);
  }

  function move(step) {
    var list = cards();
    if (!list.length) return;
    var i = list.indexOf(current());
    var next = list[Math.min(list.length - 1, Math.max(0, i + step))];
    select(next);
  }

  function nextUndecided(from) {
    var list = cards();
    var i = list.indexOf(from);
    for (var j = i + 1; j < list.length; j++) {
      if (!list[j].classList.contains("decided")) return list[j];
    }
    return list[Math.min(list.length - 1, i + 1)] || from;
  }

  function submit(card, action) {
    var form = card && card.querySelector("form.decision-form");
    if (!form) return;
    var button = form.querySelector('button[name="action"][value="' + action + '"]');
    if (!button) return;
    if (form.requestSubmit) form.requestSubmit(button); else button.click();
  }

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable ||
      (tag === "INPUT" && !/^(radio|checkbox|submit|button)$/i.test(el.type));
  }

  document.addEventListener("keydown", function (ev) {
    if (!document.querySelector(".answer-card")) return;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (typing(ev.target)) {
      if (ev.key === "Escape") { var card = ev.target.closest(".answer-card"); ev.target.blur(); if (card) select(card); }
      return;
    }
    var card = current();
    switch (ev.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "1": case "2": case "3": {
        if (!card) return;
        var radio = card.querySelector('input[name="level"][value="' + LEVELS[ev.key] + '"]');
        if (radio) { radio.checked = true; var score = card.querySelector('input[name="score"]'); if (score) score.value = ""; }
        select(card);
        break;
      }
      case "c": { var box = card && card.querySelector("textarea[name=comment]"); if (box) { box.focus(); } break; }
      case "s": submit(card, "save"); break;
      case "a": submit(card, "confirm"); break;
      default: return;
    }
    ev.preventDefault();
  });

  // After an htmx save the card is replaced: move on to the next answer still to review.
  document.body.addEventListener("review-saved", function (ev) {
    var target = ev.target && ev.target.closest ? ev.target.closest(".answer-card") : null;
    var id = target ? target.id : null;
    window.setTimeout(function () {
      var saved = id ? document.getElementById(id) : null;
      if (saved) { saved.classList.add("decided"); select(nextUndecided(saved)); }
    }, 0);
  });

  document.addEventListener("DOMContentLoaded", function () {
    var start = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (start && start.classList.contains("answer-card")) select(start);
    else if (cards().length) cards()[0].classList.add("is-current");
  });
})();
