/* kbgen: agent helpers and a word for people who open the site as a file.
   "Copy link" copies the article's permanent short link; "Copy reply" copies a reply-ready snippet
   (title, summary, link) for a ticket answer. Both use the site's public address (site_url) when
   the site has one, so a link copied from a preview or an internal mirror still works for the
   person who receives it. */
(function () {
  "use strict";
  var script = document.currentScript;
  var BASE = (script && script.getAttribute("data-kbgen-base")) || ".";
  var SITE_URL = (script && script.getAttribute("data-kbgen-site-url")) || "";

  /* The address of href for someone else: on site_url when it is set, else on this host. */
  function absolute(href) {
    var here = new URL(href, window.location.href);
    if (!SITE_URL) return here.href;
    var root = new URL(BASE.replace(/\/$/, "") + "/", window.location.href).href;
    if (here.href.indexOf(root) !== 0) return here.href;
    return new URL(here.href.slice(root.length), SITE_URL.replace(/\/?$/, "/")).href;
  }
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

  /* Opened from disk (file://), search cannot load its index and every link opens a folder
     listing: say so plainly, at the top of the page, with the one command that fixes it. */
  var offlineCopy = document.querySelector('meta[name="kbgen:offline"]');  /* built for file:// */
  if (window.location.protocol === "file:" && !offlineCopy) {
    var note = document.createElement("div");
    note.className = "kbgen-file-notice";
    note.setAttribute("role", "alert");
    note.textContent = "This help site was opened as a file, so search and links do not work. " +
      "In the project folder, run: kbgen serve \u2014 then open http://127.0.0.1:8000/";
    document.body.insertBefore(note, document.body.firstChild);
  }
})();
