/* Spoorwijzer embed page: a plain link to the full calculator when the calculator cannot
 * start inside this iframe.
 *
 * A bureau may sandbox the iframe without `allow-same-origin`. The page then has an opaque
 * origin: module scripts, fetched with CORS, do not load (embed-page.js never runs) and a
 * module worker could not start. Without this script the visitor would see an empty frame.
 * This is a classic script on purpose (fetched without CORS, it still runs there): at the
 * window's load event, when embed-page.js has not started the calculator, it shows the
 * hidden link of overrides/embed.html in the calculator's place, with the case of the URL
 * fragment. Without any JavaScript the template's <noscript> shows the same link.
 */
(function () {
  "use strict";

  function showFallback() {
    var root = document.querySelector("[data-rekenhulp-embed]");
    var fallback = document.querySelector("[data-sw-embed-fallback]");
    if (!root || !fallback || root.hasAttribute("data-rekenhulp")) return;
    var link = fallback.querySelector("a");
    // A case fragment (key=value pairs, never a plain anchor) goes along to the full page.
    if (link && window.location.hash.indexOf("=") > 0) link.hash = window.location.hash;
    root.appendChild(fallback);
    fallback.hidden = false;
  }

  window.addEventListener("load", showFallback);
})();
