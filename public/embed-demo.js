/* Counts Content-Security-Policy violations on the demo host page, so a reader (and the browser
 * tests) can see that the embed snippets need no exception to a strict policy. */
(function () {
  "use strict";
  var count = 0;
  document.addEventListener("securitypolicyviolation", function (event) {
    count += 1;
    var output = document.getElementById("csp-violations");
    if (output) output.textContent = String(count) + " (" + event.violatedDirective + ": " + event.blockedURI + ")";
  });
})();
