/* Auto-height for embedded charts of "The cost of the war in Afghanistan, 2001–2021".
 *
 * Include once on a page that holds <iframe data-awc-embed src=".../embed/<chart>.html">.
 * Each embed page posts {sender, type, id, height} to its parent when its content changes
 * size; this script resizes only the iframe whose window sent the message, after checking the
 * message's shape and that it comes from the origin the iframe was loaded from. An optional
 * allow-list narrows that further: <script src=".../embed.js" data-origins="https://a.example">.
 * No dependencies, no globals besides one flag, works under a strict Content-Security-Policy.
 */
(function () {
  "use strict";
  if (window.__afghanWarCostsEmbed) return; // pasted more than once: one listener is enough
  window.__afghanWarCostsEmbed = true;

  var SENDER = "afghan-war-costs";
  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  var allowList = script && script.getAttribute("data-origins");
  var allowed = allowList ? allowList.split(/\s+/).filter(Boolean) : null;

  function isHeightMessage(data) {
    return data !== null && typeof data === "object" &&
      data.sender === SENDER && data.type === "embed-height" &&
      typeof data.id === "string" && data.id.length < 100 &&
      typeof data.height === "number" && isFinite(data.height) &&
      data.height > 0 && data.height <= MAX_HEIGHT;
  }

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute("src") || "", document.baseURI).origin;
    } catch (error) {
      return null;
    }
  }

  function frameOf(source) {
    var frames = document.querySelectorAll("iframe[data-awc-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    if (!isHeightMessage(event.data)) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    if (event.origin !== originOf(frame)) return;
    if (allowed && allowed.indexOf(event.origin) === -1) return;
    // Set through the CSSOM, which a strict CSP on the host page allows.
    frame.style.height = Math.ceil(event.data.height) + "px";
    frame.style.border = "0";
    frame.setAttribute("data-awc-height", String(Math.ceil(event.data.height)));
  });
})();
