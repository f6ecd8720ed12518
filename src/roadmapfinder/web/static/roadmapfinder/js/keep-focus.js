// Focus that an htmx answer would drop, put back. An answer replaces part of the page (the generate form's live
// preview, the suggestions under a search box, a done box and the bars and panels it redraws out of band, a
// self-check), and when the focused control is in that part the browser moves focus to <body>: a keyboard user's
// next Tab starts again from the top of the page, and Enter does nothing. htmx puts focus back only on an element
// with an id, and most controls in those parts have none (an Undo button, a suggestion link, a done box).
//
// So after a swap that took the focused element out of the page, focus goes to
//   1. the same control in the new content: looked for in the new version of its nearest ancestor with an id, by
//      what it is (tag, type, name, value, href, aria-label; its words when it has none of these): the preview's
//      Undo of "linux", a topic's done box; or, when that control is gone,
//   2. the nearest of its places (ancestors with an id) still in the page, or the element that place names in
//      data-focus-fallback (a list of suggestions names its search box). A place that takes no focus of its own is
//      given tabindex="-1"; the ones meant for it (the preview, a week's panel, a self-check) are regions with a
//      name, which a screen reader says on arriving.
// Never <body>. Focus that left on purpose (a click on the page, another window) is not brought back.
(function () {
  "use strict";

  var IDENTITY = ["type", "name", "value", "href", "aria-label"];
  var was = null;  // the focused element, and the ids of its ancestors (nearest first) while it was in the page

  document.addEventListener("focusin", function (event) {
    var places = [];
    for (var node = event.target.parentElement; node && node !== document.body; node = node.parentElement) {
      if (node.id) places.push(node.id);
    }
    was = { element: event.target, places: places };
  }, true);

  // Chromium fires focusout on an element as it is removed, as it does when focus moves away on purpose. A swap's
  // loss is mended before the swapping script ends (htmx:afterSwap below), so once it has ended, focus that is not
  // back on the element (or on its replacement) left on purpose, or to a removal that was no swap's: leave it.
  document.addEventListener("focusout", function (event) {
    var left = event.target;
    Promise.resolve().then(function () {
      if (was && was.element === left && document.activeElement !== left) was = null;
    });
  }, true);

  function words(element) {
    return element.textContent.replace(/\s+/g, " ").trim();
  }

  // A control with none of the naming attributes (a plain submit button) is told apart by its words: "Check my
  // answers" is not "Mark Git done".
  function same(candidate, element) {
    return IDENTITY.every(function (name) { return candidate.getAttribute(name) === element.getAttribute(name); })
      && (IDENTITY.slice(1).some(function (name) { return element.hasAttribute(name); })
        || words(candidate) === words(element));
  }

  function twin(place, element) {
    var candidates = place.querySelectorAll(element.tagName);
    for (var i = 0; i < candidates.length; i++) {
      if (same(candidates[i], element)) return candidates[i];
    }
    return null;
  }

  function land(target) {
    if (!target) return false;
    if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
    return document.activeElement === target;  // a control hidden in a closed <details> takes no focus
  }

  function putBack(lost) {
    var element = lost.element;
    if (element.id && land(document.getElementById(element.id))) return;
    var nearest = lost.places.length ? document.getElementById(lost.places[0]) : null;
    if (nearest && land(twin(nearest, element))) return;
    for (var i = 0; i < lost.places.length; i++) {
      var place = document.getElementById(lost.places[i]);
      if (!place) continue;
      var named = place.getAttribute("data-focus-fallback");
      if (land((named && document.getElementById(named)) || place)) return;
    }
  }

  // Every swap of one answer (the target's and those out of band) is done before the first htmx:afterSwap.
  document.addEventListener("htmx:afterSwap", function () {
    if (!was || was.element.isConnected) return;
    var active = document.activeElement;
    if (active && active !== document.body) return;  // htmx put it back (an element with an id)
    putBack(was);
  });
})();
