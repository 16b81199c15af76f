/* Bear classifier page: drag and drop, auto-submit, focus on the answer. Everything also works without JS. */
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

  // --- after a swap, keyboard and screen-reader users land on what changed ----------------------------------
  // (a classified photo: its heading; a flag: the thanks). An upload error is announced where it is
  // (role="alert") and focus stays on the file input, so another photo is one key away. The threshold slider
  // needs no script: htmx asks the server to judge the page again (the gate's one rule is classifier/ood.py).
  document.addEventListener("htmx:afterSwap", function (ev) {
    var target = ev.detail && ev.detail.target;
    var fresh = target && target.id ? document.getElementById(target.id) : null;  // outerHTML replaced it
    if (!fresh || fresh.querySelector(".upload-error")) { return; }
    var spot = fresh.querySelector("[data-focus-after-swap]");
    if (spot) { spot.focus(); }
  });

  function init() { setupDropzone(); }
  document.addEventListener("DOMContentLoaded", init);
  document.addEventListener("htmx:afterSettle", init);
  if (document.readyState !== "loading") { init(); }
})();
