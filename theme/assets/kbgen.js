/* kbgen: what every page shares.
   - kbgenText(key, args): the interface strings the scripts show, in the site's language, from
     the message catalog (kbgen/messages.py) printed into the page as JSON (#kbgen-text).
   - Agent helpers: "Copy link" copies the article's permanent short link; "Copy reply" copies a
     reply-ready snippet (title, summary, link) for a ticket answer.
   - Keyboard: "/" puts the cursor in the search box (unless one is typing already).
   - Print: links in an article print with their address. */
(function () {
  "use strict";
  var strings = null;
  /* The catalog's message for key, {name} placeholders filled from args; the key itself when
     the page has no such message (a script newer than its page). */
  function kbgenText(key, args) {
    if (strings === null) {
      var node = document.getElementById("kbgen-text");
      try { strings = node ? JSON.parse(node.textContent) : {}; } catch (error) { strings = {}; }
    }
    var text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
    return text.replace(/\{([a-z_]+)\}/g, function (whole, name) {
      return args && Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : whole;
    });
  }
  window.kbgenText = kbgenText;

  function absolute(href) { return new URL(href, window.location.href).href; }
  function text(button) {
    var url = absolute(button.getAttribute("data-href"));
    if (button.getAttribute("data-kbgen-copy") !== "snippet") return url;
    var summary = button.getAttribute("data-summary");
    var intro = kbgenText("reply.intro", { title: button.getAttribute("data-title"), id: button.getAttribute("data-id") });
    return intro + "\n" + (summary ? summary + "\n" : "") + url;
  }
  function copy(value) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(value);
    var area = document.createElement("textarea");
    area.value = value; area.setAttribute("readonly", ""); area.style.position = "absolute"; area.style.left = "-9999px";
    document.body.appendChild(area); area.select();
    try {
      if (!document.execCommand("copy")) return Promise.reject(new Error("copy refused"));
    } finally { document.body.removeChild(area); }
    return Promise.resolve();
  }
  function say(button, message, label) {
    button.textContent = message;
    setTimeout(function () { button.textContent = label; }, message.length > 20 ? 6000 : 1500);
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-kbgen-copy]") : null;
    if (!button) return;
    var label = button.getAttribute("data-label") || button.textContent, value = text(button);
    button.setAttribute("data-label", label);
    button.setAttribute("data-copied", value);
    copy(value).then(function () { say(button, kbgenText("article.copied"), label); },
                     function () { say(button, kbgenText("article.copy-failed"), label); });
  });

  /* "/" focuses the page's search box: the big one where there is one, else the header's. */
  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }
  function searchBox() {
    var boxes = document.querySelectorAll(".kbgen-search-input");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].offsetParent !== null && !boxes[i].closest(".kbgen-search-form--header")) return boxes[i];
    }
    return document.getElementById("kbgen-q-header");
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var box = searchBox();
    if (!box) return;
    event.preventDefault();
    event.stopPropagation();
    box.focus();
    box.select();
  }, true);

  /* Print: each link in the article prints its full address after its text (CSS reads it). */
  function markLinks() {
    document.querySelectorAll(".md-content a[href]").forEach(function (link) {
      var href = link.getAttribute("href");
      if (!href || href.charAt(0) === "#" || link.classList.contains("headerlink")) return;
      link.setAttribute("data-kbgen-print-url", link.href);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", markLinks);
  else markLinks();
})();
