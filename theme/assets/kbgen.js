/* kbgen: agent helpers and the feedback question.
   - "Copy link" copies the article's permanent short link; "Copy reply" and "Copy reply
     (Markdown)" copy the reply kbgen made from reply_template (data-reply: text parts, null
     where the link goes); each section heading gets a "Copy link" button for /kb/<ID>/#section.
   - "Was this helpful?": "Yes" only says thank you (nothing is sent or stored); "No" is a link
     to the configured form or e-mail, which kbgen prefilled.
   Every word comes from the page (kbgen's message catalog), and what was copied is announced
   in the page's live region for screen readers. */
(function () {
  "use strict";
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
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-kbgen-copy]") : null;
    if (!button) return;
    var value = text(button), label = button.getAttribute("data-label") || button.textContent;
    var info = meta(), copied = info ? info.getAttribute("data-copied") : "Copied";
    button.setAttribute("data-label", label);
    button.setAttribute("data-copied", value);
    copy(value).then(function () {
      button.textContent = copied;
      announce("data-done", value);
      setTimeout(function () { button.textContent = label; }, 1500);
    }, function () { announce("data-failed", value); });
  });

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
