// Print: the stylesheet writes every link out after its text, and a site-relative link needs the site's origin
// in front. The origin is the canonical link's (SITE_URL, else the request's host). It is set through the CSSOM
// because the Content-Security-Policy refuses inline <style>; without JavaScript, print writes out only the full
// addresses (links to other sites), never a bare path.
(function () {
  var canonical = document.querySelector('link[rel="canonical"]');
  if (!canonical) return;
  document.documentElement.style.setProperty("--site", JSON.stringify(new URL(canonical.href).origin));
})();
