/*! Spoorwijzer embed.js: resizes embedded Spoorwijzer calculators to their content.
 *
 * Use on your own page (no other library needed):
 *   <iframe data-spoorwijzer src="https://SPOORWIJZER/rekenhulp/embed/" ...></iframe>
 *   <script src="https://SPOORWIJZER/assets/spoorwijzer/embed.js" defer></script>
 *
 * The calculator page posts {type: "spoorwijzer:height", height: N} to its parent. A message
 * is used only when it comes from the window of one of the iframes marked `data-spoorwijzer`,
 * from that iframe's own origin (taken from its src), and carries a sane whole number of
 * pixels. Nothing else is read, nothing is sent anywhere but to those iframes ("hello": please
 * send your height), and nothing is stored: no cookies, no storage, no tracking.
 */
(function () {
  "use strict";
  if (window.__spoorwijzerEmbed) return;
  window.__spoorwijzerEmbed = true;

  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 20000;

  function frames() {
    return document.querySelectorAll("iframe[data-spoorwijzer]");
  }

  function originOf(frame) {
    try {
      var url = new URL(frame.src, document.baseURI);
      return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
    } catch (error) {
      return null;
    }
  }

  function hello(frame) {
    var origin = originOf(frame);
    if (origin && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: "spoorwijzer:hello" }, origin);
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "spoorwijzer:height") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < 1 || height > MAX_HEIGHT) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (event.source !== frame.contentWindow || event.origin !== originOf(frame)) continue;
      frame.style.height = Math.max(MIN_HEIGHT, Math.ceil(height)) + "px";
    }
  });

  function init() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (!frame.__spoorwijzer) {
        frame.__spoorwijzer = true;
        frame.addEventListener("load", hello.bind(null, frame));
      }
      hello(frame);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
