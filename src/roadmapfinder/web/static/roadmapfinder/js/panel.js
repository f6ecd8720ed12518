// The roadmap page's topic panel: a topic link in the list or the diagram opens the topic beside the roadmap
// (fetched with htmx from /topics/<id>/panel) instead of leaving the page. Without JavaScript, or with a
// modifier key, the link is an ordinary link to the topic's own page. Escape, the close button or a click
// outside closes it, and focus goes back to the link that opened it.
(function () {
  "use strict";
  var opener = null;

  function panelUrl(link, roadmap) {
    var url = new URL(link.getAttribute("href"), location.href);
    url.pathname = url.pathname.replace(/\/$/, "") + "/panel";
    if (roadmap && !url.searchParams.has("roadmap")) url.searchParams.set("roadmap", roadmap);
    return url.pathname + url.search;
  }

  function open(dialog, link) {
    opener = opener || link;
    dialog.setAttribute("aria-busy", "true");
    htmx.ajax("GET", panelUrl(link, dialog.dataset.roadmap), { target: dialog.querySelector(".panel-content"), swap: "innerHTML" })
      .then(function () {
        dialog.removeAttribute("aria-busy");
        if (!dialog.open) dialog.showModal();
        var title = dialog.querySelector("#panel-title");
        if (title) title.focus();
        dialog.querySelector(".panel-content").scrollTop = 0;
      });
  }

  // After a mark in the panel, the same topic's control in the list is set alike: its own request redraws the
  // roadmap's progress bars and the topic's other places, exactly as marking in the list does.
  function syncList(dialog, form) {
    var topic = form.querySelector("input[name=topic]");
    var chosen = form.querySelector("select");
    if (!topic || !chosen) return;
    var twin = document.querySelector(".phase form.mark input[name=topic][value='" + topic.value + "']");
    var select = twin && twin.form.querySelector("select");
    if (select && select.value !== chosen.value) {
      select.value = chosen.value;
      htmx.trigger(twin.form, "change");
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var dialog = document.getElementById("topic-panel");
    var page = document.querySelector(".roadmap");
    if (!dialog || !page || typeof dialog.showModal !== "function" || !window.htmx) return;

    page.addEventListener("click", function (event) {
      var link = event.target.closest(".skills a[href^='/topics/'], .diagram a[href^='/topics/']");
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      opener = link;
      open(dialog, link);
    });
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog || event.target.closest("[data-panel-close]")) { dialog.close(); return; }
      var next = event.target.closest("[data-panel-link]");
      if (next && event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) {
        event.preventDefault();
        open(dialog, next);
      }
    });
    dialog.addEventListener("close", function () {
      dialog.querySelector(".panel-content").replaceChildren();
      if (opener && document.contains(opener)) opener.focus();
      opener = null;
    });
    dialog.addEventListener("htmx:afterSwap", function (event) {
      var form = event.detail.elt;
      if (form && form.matches && form.matches("form.mark")) syncList(dialog, form);
    });
  });
})();
