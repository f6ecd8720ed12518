// Colour scheme: follows the system by default (no JavaScript needed); this adds a toggle that remembers
// the reader's choice. Runs in <head> so the page never flashes the wrong scheme.
(function () {
  var stored = null;
  try { stored = localStorage.getItem("rf-theme"); } catch (e) { /* private mode */ }
  if (stored === "light" || stored === "dark") document.documentElement.dataset.theme = stored;
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector("[data-theme-toggle]");
    if (!button) return;
    button.hidden = false;
    var current = function () {
      return document.documentElement.dataset.theme ||
        (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
    };
    var label = function () { button.setAttribute("aria-pressed", current() === "dark" ? "true" : "false"); };
    label();
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      document.documentElement.dataset.theme = next;
      try { localStorage.setItem("rf-theme", next); } catch (e) { /* private mode */ }
      label();
    });
  });
})();
