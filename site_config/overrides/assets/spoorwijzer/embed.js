/*! Spoorwijzer embed.js: resizes embedded Spoorwijzer calculators to their content.
 *
 * Use on your own page (no other library needed):
 *   <iframe data-spoorwijzer src="https://SPOORWIJZER/rekenhulp/embed/" ...></iframe>
 *   <script src="https://SPOORWIJZER/assets/spoorwijzer/embed.js" defer></script>
 *
 * The calculator page posts {type: "spoorwijzer:height", height: N} to its parent, and after
 * a calculation {type: "spoorwijzer:scroll", top: N}: please scroll my result into view, N
 * pixels below my top (rounded down to a coarse step by the calculator, so it tells nothing
 * of what was typed). A message is used only when it comes from the window of one of the
 * iframes marked `data-spoorwijzer`, from that iframe's own origin (taken from its src), and
 * carries a sane number of pixels. Nothing else is read, nothing is sent anywhere but to those
 * iframes ("hello": please send your height, once the iframe has loaded), and nothing is
 * stored: no cookies, no storage, no tracking.
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

  // Whether the iframe holds its page yet. Until then it holds the empty document of this
  // page's own origin (about:blank), and a message to the calculator's origin would only be
  // refused with a warning in the console. A loaded calculator of another origin cannot be
  // read from here (null); one of this origin can, and is no longer about:blank.
  function loaded(frame) {
    try {
      var inner = frame.contentDocument;
      return !inner || inner.URL !== "about:blank";
    } catch (error) {
      return true;
    }
  }

  function pixels(value, min) {
    return typeof value === "number" && isFinite(value) && value >= min && value <= MAX_HEIGHT;
  }

  function scrollTo(frame, top) {
    var y = window.pageYOffset + frame.getBoundingClientRect().top + Math.floor(top);
    var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    try {
      window.scrollTo({ top: Math.max(0, y), behavior: reduce ? "auto" : "smooth" });
    } catch (error) {
      window.scrollTo(0, Math.max(0, y));
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object") return;
    var height = data.type === "spoorwijzer:height" && pixels(data.height, 1) ? data.height : null;
    var top = data.type === "spoorwijzer:scroll" && pixels(data.top, 0) ? data.top : null;
    if (height === null && top === null) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (event.source !== frame.contentWindow || event.origin !== originOf(frame)) continue;
      if (height !== null) frame.style.height = Math.max(MIN_HEIGHT, Math.ceil(height)) + "px";
      else scrollTo(frame, top);
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
      if (loaded(frame)) hello(frame); // else its "load" says hello
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
