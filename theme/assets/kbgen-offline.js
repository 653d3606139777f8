/* kbgen offline copy (only in `kbgen build --offline` builds, loaded before the other scripts).
   Opened from disk (file://), a browser refuses fetch() and shows a folder listing for a link
   to a folder. So, on file: only:
   - fetch() of a file of this site is answered from the data script the build wrote beside it
     (search/manifest.json -> search/manifest.json.js, which calls kbgenOffline.register), loaded
     with a script tag, which file:// allows; any script that fetches its data works unchanged;
   - links that scripts add later (search results, the status banner) are pointed at
     index.html, as the build did for the links in the pages. */
(function () {
  "use strict";
  if (window.location.protocol !== "file:") return;
  var script = document.currentScript;
  var root = new URL("..", script.src).href;  /* this file is <root>/assets/kbgen-offline.js */
  var data = Object.create(null), waiting = Object.create(null);

  function bytes(base64) {
    var raw = atob(base64), out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }
  function load(path) {
    if (!waiting[path]) {
      waiting[path] = new Promise(function (resolve) {
        var tag = document.createElement("script");
        tag.src = root + path + ".js";
        tag.onload = tag.onerror = function () { resolve(); };
        document.head.appendChild(tag);
      });
    }
    return waiting[path];
  }
  window.kbgenOffline = {
    register: function (path, base64) { data[path] = base64; }
  };

  var realFetch = window.fetch ? window.fetch.bind(window) : null;
  window.fetch = function (input, init) {
    var url = new URL(typeof input === "string" ? input : input.url, window.location.href);
    url.hash = ""; url.search = "";
    if (url.href.indexOf(root) !== 0) return realFetch ? realFetch(input, init) : Promise.reject(new TypeError("fetch"));
    var path = decodeURIComponent(url.href.slice(root.length));
    return load(path).then(function () {
      if (!(path in data)) return new Response("", { status: 404, statusText: "Not in the offline copy" });
      return new Response(bytes(data[path]), { status: 200, headers: { "Content-Type": "application/json" } });
    });
  };

  function fix(link) {
    var href = link.getAttribute("href");
    if (!href || /^([a-z][a-z0-9+.-]*:|#|\/)/i.test(href)) return;
    var at = href.search(/[?#]/), path = at < 0 ? href : href.slice(0, at), rest = at < 0 ? "" : href.slice(at);
    if (/\/$/.test(path)) link.setAttribute("href", path + "index.html" + rest);
    else if (/(^|\/)\.\.?$/.test(path)) link.setAttribute("href", path + "/index.html" + rest);
  }
  function fixAll(node) {
    if (node.nodeType !== 1) return;
    if (node.matches("a[href]")) fix(node);
    node.querySelectorAll("a[href]").forEach(fix);
  }
  new MutationObserver(function (changes) {
    changes.forEach(function (change) { change.addedNodes.forEach(fixAll); });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
