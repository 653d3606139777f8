/* kbgen search in the page: loads the prebuilt index (search/manifest.json, the shards a query
   needs, result chunks) and ranks with kbgen-search-engine.js, the engine `kbgen search` runs
   too. Enhances every .kbgen-search-form: results as you type, arrow keys, highlighted
   matches, no-answer help. */
(function () {
  "use strict";
  var script = document.currentScript;
  var BASE = (script && script.getAttribute("data-kbgen-base")) || ".";
  var ENGINE = window.KbgenSearch;
  var KB = { ready: null, manifest: null, engine: null, shards: {}, chunks: {} };
  window.kbgenSearch = KB;

  function url(path) { return BASE.replace(/\/$/, "") + "/" + path; }
  /* JSON, or gzip-compressed JSON (split indexes) unless the server already inflated it. */
  function fetchJSON(path) {
    return fetch(url(path)).then(function (r) {
      if (!r.ok) throw new Error(path + ": " + r.status);
      return r.arrayBuffer();
    }).then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return JSON.parse(new TextDecoder().decode(bytes));
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      return new Response(stream).json();
    });
  }
  function mark(name) { if (window.performance && performance.mark) performance.mark("kbgen:" + name); }
  function chunk(n) {
    if (!KB.chunks[n]) KB.chunks[n] = fetchJSON("search/" + KB.manifest.docsFile.replace("{n}", n));
    return KB.chunks[n];
  }
  function shard(n) {
    if (!KB.shards[n]) KB.shards[n] = fetchJSON("search/" + KB.manifest.shardFile.replace("{n}", n)).then(function (data) {
      KB.engine.addShard(n, data);
    });
    return KB.shards[n];
  }
  /* Resolves to {scored: [{ref, score, coverage, matched}], weak}, best first: fetches the
     shards the query needs, then ranks (the engine keeps the query's analysis meanwhile). */
  function rank(query, limit) {
    return KB.ready.then(function (engine) {
      var needed = engine.shardsFor(query);
      mark("analysed");
      return Promise.all(needed.map(shard)).then(function () {
        mark("shards");
        var ranked = engine.rank(query, limit);
        mark("ranked");
        ranked.scored.forEach(function (s) { s.matched = new Set(s.matched); });
        return ranked;
      });
    });
  }
  /* The rows of ranked documents: {id, title, url, summary, service, sections, score, ...}. */
  function describe(scored) {
    var per = KB.manifest.docsPerChunk;
    return Promise.all(scored.map(function (s) {
      return chunk(Math.floor(s.ref / per)).then(function (rows) {
        var row = rows[s.ref % per];
        return { id: row[0], title: row[1], url: row[2], summary: row[3], service: row[4],
                 sections: row[5] || [], score: s.score, coverage: s.coverage, matched: s.matched };
      });
    }));
  }
  KB.ready = fetchJSON("search/manifest.json").then(function (m) {
    mark("manifest"); KB.manifest = m; KB.engine = new ENGINE.Engine(m); mark("ready");
    return KB.engine;
  });
  KB.rank = rank;
  KB.describe = describe;
  /* Resolves to {results: [{id, title, url, summary, service, score, coverage, matched}], weak}. */
  KB.search = function (query, limit) {
    return rank(query, limit).then(function (ranked) {
      return describe(ranked.scored).then(function (results) { return { results: results, weak: ranked.weak }; });
    });
  };
  var normalize = ENGINE.normalize, term = ENGINE.term, words = ENGINE.words;

  /* ---- user interface ---- */
  /* Interface strings from the site's message catalog (kbgenText in kbgen.js). */
  function T(key) { return window.kbgenText ? window.kbgenText(key) : key; }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  /* Text with the words whose term the result matched wrapped in <mark> (built as DOM, no HTML). */
  function highlighted(tag, cls, text, matched) {
    var node = el(tag, cls), last = 0, m, re = /[\p{L}\p{N}]+/gu;
    while ((m = re.exec(text))) {
      if (!matched.has(term(normalize(m[0])))) continue;
      node.appendChild(document.createTextNode(text.slice(last, m.index)));
      node.appendChild(el("mark", null, m[0]));
      last = m.index + m[0].length;
    }
    node.appendChild(document.createTextNode(text.slice(last)));
    return node;
  }
  /* The links are the listbox's options (an option may not contain a link: screen readers
     would not reach it); the list item only groups a result's links. */
  function resultItem(r, id) {
    var li = el("li", "kbgen-result"), a = el("a", "kbgen-result__link");
    li.setAttribute("role", "none"); li.setAttribute("data-id", r.id);
    a.setAttribute("role", "option"); a.id = id; a.setAttribute("data-id", r.id);
    a.href = url(r.url); a.tabIndex = -1;
    a.appendChild(highlighted("span", "kbgen-result__title", r.title, r.matched));
    if (r.service) a.appendChild(el("span", "kbgen-result__service", r.service));
    if (r.summary) a.appendChild(highlighted("span", "kbgen-result__summary", r.summary, r.matched));
    li.appendChild(a);
    var section = bestSection(r);
    if (section) {
      var deep = el("a", "kbgen-result__section");
      deep.href = url(r.url) + "#" + section[0]; deep.tabIndex = -1; deep.setAttribute("role", "option");
      deep.appendChild(highlighted("span", null, section[1], r.matched));
      li.appendChild(deep);
    }
    return li;
  }
  /* The section whose heading shares the most words with the query (a deep link), if any. */
  function bestSection(r) {
    var best = null, most = 0;
    (r.sections || []).forEach(function (s) {
      var count = words(s[1]).filter(function (w) { return r.matched.has(term(w)); }).length;
      if (count > most) { most = count; best = s; }
    });
    return best;
  }
  function noAnswer() {
    var info = (KB.manifest && KB.manifest.noAnswer) || {}, box = el("div", "kbgen-no-answer");
    box.setAttribute("role", "status");
    box.appendChild(el("p", "kbgen-no-answer__title", T("search.no-answer-title")));
    box.appendChild(el("p", null, T("search.no-answer-help")));
    var list = el("ul", "kbgen-no-answer__channels");
    (info.channels || []).forEach(function (c) {
      var li = el("li", "kbgen-no-answer__channel");
      li.appendChild(el("span", "kbgen-no-answer__label", c.label + ": "));
      if (c.href) { var a = el("a", null, c.value); a.href = c.href; li.appendChild(a); }
      else li.appendChild(el("span", null, c.value));
      if (c.hours) li.appendChild(el("span", "kbgen-no-answer__hours", " (" + c.hours + ")"));
      list.appendChild(li);
    });
    if (list.childNodes.length) box.appendChild(list);
    var links = el("p", "kbgen-no-answer__links");
    (info.links || []).forEach(function (l, i) {
      if (i) links.appendChild(document.createTextNode(" · "));
      var a = el("a", null, l.title); a.href = url(l.url); links.appendChild(a);
    });
    box.appendChild(links);
    return box;
  }

  var counter = 0;
  function Widget(form) {
    this.form = form; this.input = form.querySelector("input[name=q], .kbgen-search-input");
    this.page = form.hasAttribute("data-kbgen-page");
    this.limit = this.page ? 10 : 8;  /* at most: ENGINE.plausible drops the irrelevant tail */
    this.active = -1; this.seq = 0; this.id = "kbgen-results-" + (++counter);
    this.box = el("div", "kbgen-search-results" + (this.page ? " kbgen-search-results--page" : ""));
    this.box.hidden = true; this.box.setAttribute("aria-live", "polite");
    if (!this.page) this.box.tabIndex = 0;  /* a scrolling dropdown must be reachable by keyboard */
    this.list = el("ul", "kbgen-search-results__list"); this.list.id = this.id; this.list.setAttribute("role", "listbox");
    this.list.setAttribute("aria-label", T("search.results"));
    form.insertAdjacentElement("afterend", this.box);
    this.input.setAttribute("role", "combobox"); this.input.setAttribute("aria-autocomplete", "list");
    this.input.setAttribute("aria-controls", this.id); this.input.setAttribute("aria-expanded", "false");
    var self = this;
    this.input.addEventListener("input", function () { self.run(); });
    this.input.addEventListener("keydown", function (e) { self.key(e); });
    this.input.addEventListener("focus", function () { if (self.input.value.trim()) self.run(); });
    document.addEventListener("click", function (e) { if (!self.page && !form.contains(e.target) && !self.box.contains(e.target)) self.close(); });
    form.addEventListener("focusout", function (e) {  /* keyboard users tabbing away */
      var next = e.relatedTarget;
      if (next && !form.contains(next) && !self.box.contains(next)) self.close();
    });
  }
  Widget.prototype.run = function () {
    var self = this, query = this.input.value, seq = ++this.seq;
    if (!query.trim()) { this.close(); return; }
    /* The first results are shown as soon as their rows arrive, the rest right after. */
    KB.rank(query, this.limit).then(function (ranked) {
      var shown = ranked.scored.slice(0, ENGINE.plausible(ranked, self.limit));
      var first = shown.slice(0, 3), rest = shown.slice(3);
      return describe(first).then(function (results) {
        if (seq !== self.seq) return;
        self.show(ranked.weak, results, query);
        return describe(rest).then(function (more) {
          if (seq === self.seq) self.append(more, first.length);
        });
      });
    }).catch(function () { if (seq === self.seq) self.fail(query); });
  };
  /* The index could not be loaded: say so, and how to get help (the channels). */
  Widget.prototype.fail = function (query) {
    this.box.textContent = "";
    var box = noAnswer();
    box.querySelector(".kbgen-no-answer__title").textContent = T("search.failed");
    box.removeChild(box.children[1]);
    this.box.appendChild(box);
    this.box.setAttribute("data-query", query); this.box.setAttribute("data-failed", "true");
    this.box.hidden = false; this.input.setAttribute("aria-expanded", "false");
  };
  Widget.prototype.show = function (weak, results, query) {
    this.box.textContent = ""; this.list.textContent = ""; this.active = -1;
    this.box.removeAttribute("data-ready");
    this.box.setAttribute("data-query", query);
    this.box.setAttribute("data-weak", weak || !results.length ? "true" : "false");
    if (weak || !results.length) this.box.appendChild(noAnswer());
    if (results.length) {
      if (weak) this.box.appendChild(el("p", "kbgen-search-results__weak", T("search.closest")));
      this.box.appendChild(this.list);
    }
    /* The combobox is expanded only when its list of results is there (the no-answer help is a
       status message, not options). */
    this.box.hidden = false; this.input.setAttribute("aria-expanded", results.length ? "true" : "false");
    this.append(results, 0, true);
  };
  Widget.prototype.append = function (results, offset, partial) {
    var self = this;
    results.forEach(function (r, i) { self.list.appendChild(resultItem(r, self.id + "-" + (offset + i))); });
    if (!partial) this.box.setAttribute("data-ready", "true");
  };
  Widget.prototype.close = function () {
    if (this.page) return;
    this.box.hidden = true; this.active = -1; this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  };
  Widget.prototype.move = function (step) {
    var items = this.list.querySelectorAll(".kbgen-result__link");
    if (!items.length) return;
    if (this.active >= 0) items[this.active].removeAttribute("aria-selected");
    this.active = (this.active + step + items.length + 1) % (items.length + 1) - 1;
    if (this.active < 0) this.active = step > 0 ? 0 : items.length - 1;
    items[this.active].setAttribute("aria-selected", "true");
    items[this.active].scrollIntoView({ block: "nearest" });
    this.input.setAttribute("aria-activedescendant", items[this.active].id);
  };
  Widget.prototype.key = function (e) {
    if (e.key === "ArrowDown") { e.preventDefault(); if (this.box.hidden) this.run(); else this.move(1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); this.move(-1); }
    else if (e.key === "Escape") { this.close(); }
    else if (e.key === "Enter" && this.active >= 0) {
      e.preventDefault();
      var link = this.list.querySelectorAll(".kbgen-result__link")[this.active];
      window.location.href = link.href;
    }
  };

  function start() {
    var forms = document.querySelectorAll(".kbgen-search-form");
    var widgets = Array.prototype.map.call(forms, function (form) { return new Widget(form); });
    var query = new URLSearchParams(window.location.search).get("q");
    widgets.forEach(function (w) {
      if (w.page && query) { w.input.value = query; w.run(); }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
