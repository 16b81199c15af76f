/* Bear classifier page: drag and drop, auto-submit, live threshold slider. Everything also works without JS. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function submitForm(form) {
    if (typeof form.requestSubmit === "function") { form.requestSubmit(); } else { form.submit(); }
  }

  // --- upload: auto-submit on choose, drag and drop onto the drop zone ---------------------------------
  document.addEventListener("change", function (ev) {
    var input = ev.target;
    if (input && input.type === "file" && input.form && input.form.id === "upload-form" && input.files.length) {
      // only send the input that has a file
      Array.prototype.forEach.call(input.form.querySelectorAll("input[type=file]"), function (other) {
        if (other !== input) { other.value = ""; }
      });
      submitForm(input.form);
    }
  });

  function setupDropzone() {
    var zone = document.getElementById("dropzone");
    var input = document.getElementById("id_image");
    if (!zone || !input || zone.dataset.ready) { return; }
    zone.dataset.ready = "1";
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (ev) { ev.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function (ev) { ev.preventDefault(); zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (ev) {
      var files = ev.dataTransfer && ev.dataTransfer.files;
      if (!files || !files.length) { return; }
      var dt = new DataTransfer();
      dt.items.add(files[0]);
      input.files = dt.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
  }

  // --- threshold slider: re-score the gallery and the trade-off live -----------------------------------
  function calibScores() {
    var node = document.getElementById("calib-scores");
    if (!node) { return { bears: [], near: [], far: [] }; }
    try { return JSON.parse(node.textContent); } catch (e) { return { bears: [], near: [], far: [] }; }
  }

  function pct(x) { return (Math.round(x * 1000) / 10).toFixed(1) + " %"; }

  function share(values, pred) {
    if (!values.length) { return NaN; }
    var n = 0;
    for (var i = 0; i < values.length; i++) { if (pred(values[i])) { n++; } }
    return n / values.length;
  }

  function rescore(threshold) {
    var out = document.getElementById("threshold-out");
    if (out) { out.textContent = pct(threshold); }
    document.querySelectorAll(".gallery-item[data-score]").forEach(function (item) {
      var ok = parseFloat(item.dataset.score) >= threshold;
      item.classList.toggle("accepted", ok);
      item.classList.toggle("rejected", !ok);
      var badge = item.querySelector(".gate-badge");
      if (badge) { badge.textContent = ok ? "passes the gate" : "not a bear"; }
    });
    var s = calibScores();
    var fields = {
      "bears-rejected": share(s.bears || [], function (v) { return v < threshold; }),
      "near-accepted": share(s.near || [], function (v) { return v >= threshold; }),
      "far-accepted": share(s.far || [], function (v) { return v >= threshold; })
    };
    Object.keys(fields).forEach(function (id) {
      var node = document.getElementById(id);
      if (node) { node.textContent = isNaN(fields[id]) ? "n/a" : pct(fields[id]); }
    });
  }

  document.addEventListener("input", function (ev) {
    if (ev.target && ev.target.id === "threshold") { rescore(parseFloat(ev.target.value)); }
  });

  function init() { setupDropzone(); }
  document.addEventListener("DOMContentLoaded", init);
  document.addEventListener("htmx:afterSettle", function () {
    init();
    var slider = document.getElementById("threshold");
    if (slider) { rescore(parseFloat(slider.value)); }
  });
  if (document.readyState !== "loading") { init(); }
})();
