// Small enhancements every page may use; each is optional and the page works without it.
// - [data-copy="id"]: a button that copies the text of element #id (the new API token), and says so.
// - form[data-confirm="question"]: asks before a form that deletes or replaces something is sent.
// - time[data-local]: dates in the reader's own locale and time zone (the server writes one fixed format).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      var source = document.getElementById(button.dataset.copy);
      if (!source || !navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var status = button.closest("[role=alert], section, body").querySelector("[data-copy-status]");
        navigator.clipboard.writeText(source.textContent.trim()).then(
          function () { button.textContent = "Copied"; if (status) status.textContent = "The token is on your clipboard."; },
          function () { if (status) status.textContent = "Copying was refused: select the token and copy it by hand."; }
        );
      });
    });
    document.querySelectorAll("time[data-local]").forEach(function (el) {
      var when = new Date(el.getAttribute("datetime"));
      if (isNaN(when)) return;
      var options = el.dataset.local === "datetime"
        ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" };
      el.textContent = when.toLocaleString(undefined, options);
    });
  });
  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form[data-confirm], form[action$='/delete']");
    if (!form) return;
    var question = form.dataset.confirm || "Delete it? This cannot be undone.";
    if (!window.confirm(question)) event.preventDefault();
  }, true);
})();
