/* kbgen: what every page shares.
   - kbgenText(key, args): the interface strings the scripts show, in the site's language, from
     the message catalog (kbgen/messages.py) printed into the page as JSON (#kbgen-text).
   - Agent helpers: "Copy link" copies the article's permanent short link; "Copy reply" and "Copy
     reply (Markdown)" copy the reply kbgen made from reply_template (data-reply: text parts, null
     where the link goes); each section heading gets a "Copy link" button for /kb/<ID>/#section.
     What was copied is announced in the page's live region for screen readers.
   - "Was this helpful?": "Yes" only says thank you (nothing is sent or stored); "No" is a link
     to the configured form or e-mail, which kbgen prefilled.
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
  function meta() { return document.querySelector("[data-kbgen-article]"); }
  function text(button) {
    var url = absolute(button.getAttribute("data-href"));
    var kind = button.getAttribute("data-kbgen-copy");
    if (kind === "section") return url + "#" + button.getAttribute("data-anchor");
    if (kind === "link") return url;
    return JSON.parse(button.getAttribute("data-reply")).map(function (part) {
      return part === null ? url : part;
    }).join("");
  }
  function fallbackCopy(value) {
    var area = document.createElement("textarea"), focused = document.activeElement, done = false;
    area.value = value; area.setAttribute("readonly", ""); area.style.position = "absolute"; area.style.left = "-9999px";
    document.body.appendChild(area); area.select();
    try { done = document.execCommand("copy"); } catch (e) { done = false; }
    document.body.removeChild(area);
    if (focused && focused.focus) focused.focus();
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }
  function copy(value) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(value).catch(function () { return fallbackCopy(value); });
    }
    return fallbackCopy(value);
  }
  function announce(key, value) {
    var live = document.querySelector("[data-kbgen-live]");
    if (live) live.textContent = live.getAttribute(key).replace("{text}", value);
  }
  function say(button, message, label) {
    button.textContent = message;
    setTimeout(function () { button.textContent = label; }, message.length > 20 ? 6000 : 1500);
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-kbgen-copy]") : null;
    if (!button) return;
    var value = text(button), label = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", label);
    button.setAttribute("data-copied", value);
    copy(value).then(function () {
      say(button, kbgenText("article.copied"), label);
      announce("data-done", value);
    }, function () {
      say(button, kbgenText("article.copy-failed"), label);
      announce("data-failed", value);
    });
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

  /* A "Copy link" button after each section heading of the article's own text. */
  function sectionButtons() {
    var info = meta();
    if (!info) return;
    var content = info.closest("article") || document;
    content.querySelectorAll("h2[id], h3[id]").forEach(function (heading) {
      if (heading.closest(".kbgen-related, .kbgen-notes, .kbgen-end-notes")) return;
      var title = heading.textContent.replace(/\u00b6\s*$/, "").trim();
      var button = document.createElement("button");
      button.type = "button";
      button.className = "kbgen-copy kbgen-copy--section";
      button.setAttribute("data-kbgen-copy", "section");
      button.setAttribute("data-href", info.getAttribute("data-href"));
      button.setAttribute("data-anchor", heading.id);
      button.setAttribute("aria-label", info.getAttribute("data-section-label").replace("{title}", title));
      button.textContent = info.getAttribute("data-section-text");
      heading.insertAdjacentElement("afterend", button);
    });
  }

  /* "Was this helpful?" */
  document.addEventListener("click", function (event) {
    var answer = event.target.closest ? event.target.closest("[data-kbgen-answer]") : null;
    if (!answer) return;
    var box = answer.closest("[data-kbgen-feedback]"), thanks = box.querySelector(".kbgen-feedback__thanks");
    var kind = answer.getAttribute("data-kbgen-answer");
    thanks.textContent = thanks.getAttribute("data-" + kind);
    box.setAttribute("data-answered", kind);
    if (kind === "yes") {
      box.querySelector(".kbgen-feedback__answers").hidden = true;
      thanks.focus();
    }
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", sectionButtons);
  else sectionButtons();
})();
