// The generate page's live preview (form.plan-form, answered into #preview), made so that what the person did last
// is what the preview shows. Without JavaScript none of this runs: the form and its buttons submit normally.
//
// Why: a preview answer replaces the whole #preview, its buttons (Undo, Add ...) included. When one lands while a
// button is pressed, the pressed button is gone by the time it is released and the browser fires no click at all:
// the press is lost, and the preview keeps the state from before it. Leaving the "what you know" box to press Undo
// did exactly that: the box's `change` sent a second, identical preview which answered within the press. Hence two
// rules: no repeated preview of unchanged values, and no preview answer shown in the middle of a press. (A key press
// on a preview button cannot be lost that way, but the focus on it could: keep-focus.js, on every page, puts it back
// on the same button in the new preview, or on the preview itself when that button is gone.)
//
// And what a screen reader hears of it: the preview is redrawn whole on each answer, so it is no live region (each
// answer would be read out whole, or not at all, depending on the reader); a polite status beside it says its lines
// marked data-announce (the hours and weeks, the verdict on the finish date, what was not understood, or what is
// wrong), and only when they changed, so typing that changes none of them says nothing.
//
// What is wrong is said once: a sent form says it beside the answer at fault (with the summary above the form that
// links there), and its preview does not say it again. Those notes describe the answers as they were sent, so the
// first preview of the answers as they are now takes their place: it says itself what is still wrong, and a note
// beside an answer the learner has since fixed would say it wrongly.
(function () {
  "use strict";

  // The form never sends the preview of the very values whose preview it sent last: leaving a box one typed in fires
  // `change` after the box's `input` preview already went (and `change` cancels htmx's pending `input` delay, so
  // only a repeat is skipped, never the one preview of new values). A button's request (Undo) sends more than the
  // form's values, and its answer rewrites them, so after it any next preview goes; so does one after a failure.
  var lastSent = null;

  function values(form) {
    return new URLSearchParams(new FormData(form)).toString();
  }

  document.addEventListener("htmx:confirm", function (event) {
    var form = event.detail.elt;
    if (form.matches("form.plan-form") && lastSent !== null && values(form) === lastSent) event.preventDefault();
  });

  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt;
    if (elt.matches("form.plan-form")) lastSent = values(elt);
    else if (elt.closest("form.plan-form")) lastSent = null;
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    if (!event.detail.successful && event.detail.requestConfig.elt.closest("form.plan-form")) lastSent = null;
  });

  // A preview answer that arrives while a button in the preview is pressed is held back until the press ends. If the
  // press became a click that sent the button's own preview request (Undo, which carries the form's current values
  // and so supersedes any answer before it), the held answer is dropped; otherwise it is shown then.
  var pressing = false;
  var held = null;

  document.addEventListener("pointerdown", function (event) {
    if (event.target.closest && event.target.closest("#preview button")) pressing = true;
  }, true);

  function pressEnded() {
    if (!pressing) return;
    // The click, if there is one, is dispatched right after the pointer is released: look after it.
    setTimeout(function () {
      pressing = false;
      var answer = held;
      held = null;
      if (answer && answer.target.isConnected) htmx.swap(answer.target, answer.content, { swapStyle: "outerHTML" });
    }, 0);
  }
  document.addEventListener("pointerup", pressEnded, true);
  document.addEventListener("pointercancel", pressEnded, true);

  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt.closest("#preview")) held = null;  // a button's own request: its answer supersedes
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    var detail = event.detail;
    if (!pressing || !detail.shouldSwap || !detail.target || detail.target.id !== "preview") return;
    // (its `elt` is the target; the element that asked is the request's)
    if (detail.requestConfig.elt.closest("#preview")) return;  // a button's own answer: never held
    held = { target: detail.target, content: detail.serverResponse };
    detail.shouldSwap = false;
  });

  function announced() {
    var preview = document.getElementById("preview");
    if (!preview) return "";
    return Array.prototype.map.call(preview.querySelectorAll("[data-announce]"), function (line) {
      return line.textContent.replace(/\s+/g, " ").trim();
    }).join(" ");
  }

  var said = null;  // what the status says, or would say of the preview the page came with (not read out)

  document.addEventListener("DOMContentLoaded", function () { said = announced(); });

  function dropSentNotes(form) {
    Array.prototype.forEach.call(form.querySelectorAll(".form-error, .field-errors"), function (note) {
      note.remove();
    });
    Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (input) {
      input.removeAttribute("aria-invalid");
      var others = (input.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (id) {
        return id && !/_error$/.test(id);
      });
      if (others.length) input.setAttribute("aria-describedby", others.join(" "));
      else input.removeAttribute("aria-describedby");
    });
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    var form = event.detail.target && event.detail.target.id === "preview" && document.querySelector("form.plan-form");
    if (form) dropSentNotes(form);
    var status = document.getElementById("preview-status");
    var now = announced();
    if (!status || now === said) return;
    said = now;
    status.textContent = now;
  });
})();
