/* kbgen: agent helpers. "Copy link" copies the article's permanent short link; "Copy reply"
   copies a reply-ready snippet (title, summary, link) for a ticket answer. */
(function () {
  "use strict";
  function absolute(href) { return new URL(href, window.location.href).href; }
  function text(button) {
    var url = absolute(button.getAttribute("data-href"));
    if (button.getAttribute("data-kbgen-copy") !== "snippet") return url;
    var summary = button.getAttribute("data-summary");
    return "This article should help: " + button.getAttribute("data-title") +
      " (" + button.getAttribute("data-id") + ")\n" + (summary ? summary + "\n" : "") + url;
  }
  function copy(value) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(value);
    var area = document.createElement("textarea");
    area.value = value; area.setAttribute("readonly", ""); area.style.position = "absolute"; area.style.left = "-9999px";
    document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
    return Promise.resolve();
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-kbgen-copy]") : null;
    if (!button) return;
    var label = button.textContent, value = text(button);
    button.setAttribute("data-copied", value);
    copy(value).then(function () {
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = label; }, 1500);
    });
  });
})();
