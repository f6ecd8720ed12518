// Small enhancements every page may use; each is optional and the page works without it.
// - [data-copy="id"]: a button that copies the text of element #id (the new API token), and says so.
// - form[data-confirm="question"]: asks before a form that deletes or replaces something is sent.
// - time[data-local]: dates in the reader's own locale and time zone (the server writes one fixed format).
// - details[data-fold-key="key"]: a fold the reader opened or closed stays so for them (in this browser) while the
//   page gives it the same key; the server's choice stands until they touch it (a plan's "What changed in this
//   plan's content" is keyed by its newest change, so a new change opens it again for its week).
(function () {
  "use strict";
  document.querySelectorAll("details[data-fold-key]").forEach(function (fold) {  // deferred: parsed, not yet shown
    var key = "rf-fold:" + fold.dataset.foldKey, stored = null;
    try { stored = localStorage.getItem(key); } catch (e) { /* private mode */ }
    if (stored === "open" || stored === "closed") fold.open = stored === "open";
    // Only the reader's own click (or Enter, Space) on its summary is kept: Chromium also fires "toggle" for a fold
    // the page sends open, and keeping that would hold it open after the server folds it. The state is kept at the
    // click, as the fold will be once it runs, not at "toggle": that event comes a task later, and a reader who
    // reloads at once (or a browser test) would lose it.
    var summary = fold.querySelector("summary");
    if (summary) summary.addEventListener("click", function () {
      try { localStorage.setItem(key, fold.open ? "closed" : "open"); } catch (e) { /* private mode */ }
    });
  });
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
