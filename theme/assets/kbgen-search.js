/* kbgen search: the browser side of kbgen/search (analysis.py + engine.py, step for step).
   Loads the prebuilt index (search/manifest.json, the lunr shards a query needs, result
   chunks) and ranks with lunr.js 2.3.9 (lunr.Index.load + index.query), then applies the same
   coverage factor, rounding and tie-break as `kbgen search`. Enhances every
   .kbgen-search-form: results as you type, arrow keys, highlighted matches, no-answer help. */
(function () {
  "use strict";
  var script = document.currentScript;
  var BASE = (script && script.getAttribute("data-kbgen-base")) || ".";
  var KB = { ready: null, manifest: null, shardData: {}, chunks: {} };
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

  /* ---- analysis (kbgen/search/analysis.py) ---- */
  var WORD = /[\p{L}\p{N}]+/gu;
  var QUERY_WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
  function normalize(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/['\u2018\u2019`]/g, "").toLowerCase();
  }
  function words(text) { return normalize(text).match(WORD) || []; }
  var stemCache = Object.create(null);
  function term(word) {
    var cached = stemCache[word];
    if (cached !== undefined) return cached;
    var s = lunr.stemmer(new lunr.Token(word)).toString();
    if (s.length >= 6 && s.slice(-2) === "li" && "aeiouy".indexOf(s.charAt(s.length - 3)) < 0) s = s.slice(0, -2);
    return (stemCache[word] = s);
  }
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function Vocabulary(m) {
    this.terms = m.terms; this.documents = m.documents; this.df = new Map();
    for (var i = 0; i < m.terms.length; i++) this.df.set(m.terms[i], m.df[i]);
  }
  Vocabulary.prototype.has = function (t) { return this.df.has(t); };
  Vocabulary.prototype.idf = function (t) {
    var n = this.df.get(t) || 0;
    return Math.log(1 + Math.abs((this.documents - n + 0.5) / (n + 0.5)));
  };
  Vocabulary.prototype.withPrefix = function (prefix) {
    var lo = 0, hi = this.terms.length, out = [];
    while (lo < hi) { var mid = (lo + hi) >> 1; if (this.terms[mid] < prefix) lo = mid + 1; else hi = mid; }
    for (var i = lo; i < this.terms.length && this.terms[i].indexOf(prefix) === 0; i++) out.push(this.terms[i]);
    return out;
  };

  function editDistanceAtMost(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev2 = [], prev = [], i, j;
    for (j = 0; j <= b.length; j++) prev.push(j);
    for (i = 1; i <= a.length; i++) {
      var cur = [i], low = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur.push(v); if (v < low) low = v;
      }
      if (low > limit) return limit + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }
  var ALPHABET = "abcdefghijklmnopqrstuvwxyz";
  function edits1(word) {
    var out = [], i, c;
    for (i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
    for (i = 0; i < word.length - 1; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (i = 0; i < word.length; i++) for (c = 0; c < 26; c++) out.push(word.slice(0, i) + ALPHABET[c] + word.slice(i + 1));
    for (i = 0; i <= word.length; i++) for (c = 0; c < 26; c++) out.push(word.slice(0, i) + ALPHABET[c] + word.slice(i));
    return out;
  }
  function typoCandidates(word, vocab, s) {
    var found = new Map(), i;
    if (s.uniqueTypoMinLength <= word.length && word.length < s.typoMinLength) {
      var same = new Set(edits1(word).filter(function (v) { return v.length === word.length && v !== word && vocab.has(v); }));
      if (same.size === 1) return [[Array.from(same)[0], 1]];  /* "vpm": one term is one letter off */
    }
    if (word.length >= s.typoMinLength) {
      var variants = edits1(word);
      for (i = 0; i < variants.length; i++) {
        var t = term(variants[i]);
        if (vocab.has(t) && t !== word) found.set(t, 1);
      }
    }
    if (word.length >= s.typo2MinLength) {
      var target = term(word);
      for (i = 0; i < vocab.terms.length; i++) {
        var known = vocab.terms[i];
        if (!found.has(known) && Math.abs(known.length - target.length) <= 2 && known.length >= 4 &&
            editDistanceAtMost(target, known, 2) <= 2) found.set(known, 2);
      }
    }
    var ranked = Array.from(found.entries());
    ranked.sort(function (a, b) { return a[1] - b[1] || vocab.df.get(b[0]) - vocab.df.get(a[0]) || cmp(a[0], b[0]); });
    return ranked.slice(0, s.maxTypos);
  }

  function Synonyms(groups) {
    this.groups = []; this.byPhrase = new Map(); this.longest = 1; this.words = new Set();
    for (var g = 0; g < groups.length; g++) {
      var seen = new Set(), phrases = [];
      for (var p = 0; p < groups[g].length; p++) {
        var phrase = words(groups[g][p]).map(term);
        var key = phrase.join(" ");
        if (phrase.length && !seen.has(key)) { seen.add(key); phrases.push(phrase); }
      }
      if (phrases.length < 2) continue;
      for (p = 0; p < phrases.length; p++) {
        key = phrases[p].join(" ");
        if (!this.byPhrase.has(key)) this.byPhrase.set(key, []);
        this.byPhrase.get(key).push(this.groups.length);
        this.longest = Math.max(this.longest, phrases[p].length);
        for (var w = 0; w < phrases[p].length; w++) this.words.add(phrases[p][w]);
      }
      this.groups.push(phrases);
    }
  }
  Synonyms.prototype.match = function (terms, start) {
    for (var len = Math.min(this.longest, terms.length - start); len > 0; len--) {
      var phrase = terms.slice(start, start + len);
      if (this.byPhrase.has(phrase.join(" "))) return phrase;
    }
    return null;
  };
  Synonyms.prototype.alternatives = function (phrase) {
    var key = phrase.join(" "), out = [], keys = new Set();
    var groups = this.byPhrase.get(key) || [];
    for (var g = 0; g < groups.length; g++) {
      var members = this.groups[groups[g]];
      for (var p = 0; p < members.length; p++) {
        var k = members[p].join(" ");
        if (k !== key && !keys.has(k)) { keys.add(k); out.push(members[p]); }
      }
    }
    return out;
  };

  function Slot(text) { this.text = text; this.clauses = []; this.weight = 1; }
  Slot.prototype.add = function (t, boost, credit) {
    for (var i = 0; i < this.clauses.length; i++) {
      var c = this.clauses[i];
      if (c.term === t) {
        if (boost > c.boost) this.clauses[i] = { term: t, boost: boost, credit: Math.max(credit, c.credit) };
        return;
      }
    }
    this.clauses.push({ term: t, boost: boost, credit: credit });
  };

  /* analysis.py's query_words: compounds, stretched letters, joined and split words */
  function queryWords(text, vocab, stop) {
    var tokens = normalize(text).replace(EMAIL_DOMAIN, " ").match(QUERY_WORD) || [], out = [];
    tokens.forEach(function (token) {
      var joined = token.replace(/-/g, "");
      var parts = token.indexOf("-") < 0 || vocab.has(term(joined)) ? [joined] : token.split("-");
      parts.forEach(function (part) {
        part = squeeze(part, vocab, stop);
        out.push.apply(out, splitWord(part, vocab, stop) || [part]);
      });
    });
    return joinWords(out, vocab, stop);
  }
  var EMAIL_DOMAIN = /@[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*/gu;  /* "payroll@contoso.com" is "payroll" */
  var STRETCHED = /([a-z])\1\1+/g, LETTERS = /^\p{L}+$/u;
  function squeeze(word, vocab, stop) {
    if (!word.match(STRETCHED)) return word;
    var once = word.replace(STRETCHED, "$1");
    return vocab.has(term(once)) || stop.has(once) ? once : word.replace(STRETCHED, "$1$1");
  }
  function splitWord(word, vocab, stop) {
    if (vocab.has(term(word)) || stop.has(word) || word.length < 6 || !LETTERS.test(word)) return null;
    var cuts = [];
    for (var i = 3; i < word.length - 2; i++) cuts.push(i);
    cuts.sort(function (a, b) { return Math.abs(word.length - 2 * a) - Math.abs(word.length - 2 * b) || a - b; });
    for (var c = 0; c < cuts.length; c++) {
      var left = word.slice(0, cuts[c]), right = word.slice(cuts[c]);
      if (!stop.has(left) && !stop.has(right) && vocab.has(term(left)) && vocab.has(term(right))) return [left, right];
    }
    return null;
  }
  function joinWords(raw, vocab, stop) {
    var out = [];
    for (var i = 0; i < raw.length; i++) {
      if (i + 1 < raw.length && joins(raw[i], raw[i + 1], vocab, stop)) { out.push(raw[i] + raw[i + 1]); i++; }
      else out.push(raw[i]);
    }
    return out;
  }
  function joins(a, b, vocab, stop) {  /* never after a stop word: "re: add" is not "readd" */
    var joined = term(a + b), ta = term(a), tb = term(b);
    if (!LETTERS.test(a) || !LETTERS.test(b) || !vocab.has(joined) || stop.has(a)) return false;
    return !vocab.has(ta) || !vocab.has(tb) || vocab.df.get(joined) >= Math.min(vocab.df.get(ta), vocab.df.get(tb));
  }

  function analyse(query, e) {
    var vocab = e.vocab, s = e.settings, stop = e.stopWords;
    var raw = queryWords(query, vocab, stop).map(function (w) { return respell(w, vocab, e.synonyms, stop, s); });
    var terms = raw.map(term), slots = [], i = 0;
    while (i < raw.length) {
      var phrase = e.synonyms.match(terms, i), length = phrase ? phrase.length : 1, span = [];
      for (var j = i; j < i + length; j++) if (!stop.has(raw[j])) span.push([raw[j], terms[j]]);
      if (phrase && !span.length) span = [[raw[i + length - 1], terms[i + length - 1]]];
      i += length;
      var together = phrase && span.length > 1 ? span.map(function (w) { return w[1]; }) : [];
      for (var k = 0; k < span.length; k++) {
        var word = span[k][0], wordTerm = span[k][1], slot = new Slot(word);
        addExact(slot, word, wordTerm, vocab, s, i === raw.length, otherTerms(terms, wordTerm), together.length || 1);
        for (var g = 0; g + 1 < together.length; g++) slot.add(together[g] + PHRASE_JOINER + together[g + 1], 1, 1);
        if (phrase) addSynonyms(slot, e.synonyms.alternatives(phrase), stop, s, 1);
        if (length > 1 && e.synonyms.byPhrase.has(wordTerm)) addSynonyms(slot, e.synonyms.alternatives([wordTerm]), stop, s, together.length || 1);
        slot.weight = slotWeight(slot, word, wordTerm, vocab);
        if (slot.weight > 0) slots.push(slot);
      }
    }
    discountUnknown(slots, s);
    if (s.symptomBoost && slots.length && raw.some(function (w) { return e.symptomWords.has(w); })) {
      var symptom = new Slot("");  /* a reported fault prefers fault titles ("won't", "can't") */
      symptom.weight = 0;
      symptom.add(SYMPTOM_TERM, s.symptomBoost, 0);
      slots.push(symptom);
    }
    var content = [];
    for (var c = 0; c < raw.length; c++) if (!stop.has(raw[c])) content.push(terms[c]);
    if (s.phraseBoost && content.length > 1) {
      var pairs = new Slot(query);  /* phrases rank, they do not count for coverage */
      pairs.weight = 0;
      for (c = 0; c + 1 < content.length; c++) pairs.add(content[c] + PHRASE_JOINER + content[c + 1], s.phraseBoost, 0);
      if (s.swappedPhraseBoost)  /* "calendar sharing" is also "share ... calendar" */
        for (c = 0; c + 1 < content.length; c++) pairs.add(content[c + 1] + PHRASE_JOINER + content[c], s.swappedPhraseBoost, 0);
      slots.push(pairs);
    }
    return slots;
  }
  var PHRASE_JOINER = "+", SYMPTOM_TERM = "+fault";
  /* analysis.py's _respell: a typo of a word only the synonym list knows ("globel protect") */
  function respell(word, vocab, synonyms, stop, s) {
    if (word.length < s.typoMinLength || stop.has(word) || !LETTERS.test(word)) return word;
    if (vocab.has(term(word)) || synonyms.words.has(term(word))) return word;
    var near = new Map();
    edits1(word).forEach(function (v) {
      var t = term(v);
      if (synonyms.words.has(t) && !vocab.has(t)) {
        if (!near.has(t)) near.set(t, []);
        near.get(t).push(v);
      }
    });
    if (near.size !== 1) return word;
    var variants = Array.from(near.values())[0].slice().sort(cmp);
    return variants[0];
  }
  function discountUnknown(slots, s) {  /* unknown words weigh less among enough known ones */
    var context = slots.filter(function (slot) { return slot.clauses.length > 0; }).length >= s.unknownContext;
    slots.forEach(function (slot) {
      if (slot.clauses.length) return;
      /* a code ("0x8004010f") or an adverb ("accidentally") only qualifies the question */
      if (/\d/.test(slot.text) || (slot.text.length >= 6 && /ly$/.test(slot.text)))
        slot.weight *= s.unknownWeight * s.unknownWeight;
      else if (context) slot.weight *= s.unknownWeight;
    });
  }
  function slotWeight(slot, word, wordTerm, vocab) {
    if (vocab.has(wordTerm) || !slot.clauses.length)
      return vocab.has(wordTerm) || word.length > 2 ? vocab.idf(wordTerm) : 0;
    return Math.max.apply(null, slot.clauses.map(function (c) { return vocab.idf(c.term); }));
  }
  function otherTerms(terms, wordTerm) {
    var others = new Set(terms);
    others.delete(wordTerm);
    return others;
  }
  function addExact(slot, word, wordTerm, vocab, s, complete, others, share) {
    if (vocab.has(wordTerm)) slot.add(wordTerm, 1, 1 / share);
    else if (!/^\d+$/.test(word)) {
      var credit = word.length >= 6 ? s.typoCredit : s.shortTypoCredit;
      typoCandidates(word, vocab, s).forEach(function (c) {
        if (!others.has(c[0])) slot.add(c[0], s.typoBoost / c[1], credit);
      });
    }
    if (complete && word.length >= 3 && (s.prefixBoostExact || !vocab.has(wordTerm))) {
      var boost = vocab.has(wordTerm) ? s.prefixBoostExact : s.prefixBoost;
      completions(word, wordTerm, vocab, s).forEach(function (c) { slot.add(c, boost, s.prefixCredit); });
    }
  }
  function completions(word, wordTerm, vocab, s) {
    var found = new Set(vocab.withPrefix(word).concat(vocab.withPrefix(wordTerm)));
    found.delete(wordTerm);
    var ranked = Array.from(found);
    ranked.sort(function (a, b) { return vocab.df.get(b) - vocab.df.get(a) || cmp(a, b); });
    return ranked.slice(0, s.maxPrefixes);
  }
  function addSynonyms(slot, alternatives, stop, s, share) {
    var boost = s.synonymBoost / Math.sqrt(Math.max(1, alternatives.length)), credit = s.synonymCredit / share;
    alternatives.forEach(function (phrase) {
      var ts = phrase.filter(function (t) { return !stop.has(t) && t.length > 1; });
      ts.forEach(function (t) { slot.add(t, boost / ts.length, credit / ts.length); });
      for (var i = 0; i + 1 < ts.length; i++) slot.add(ts[i] + PHRASE_JOINER + ts[i + 1], boost, credit);
    });
  }
  function queryBoosts(slots, vocab) {
    var boosts = new Map();
    slots.forEach(function (slot) {
      slot.clauses.forEach(function (c) {
        var known = vocab.has(c.term) || c.term.indexOf(PHRASE_JOINER) >= 0;
        if (known && c.boost > (boosts.get(c.term) || 0)) boosts.set(c.term, c.boost);
      });
    });
    return boosts;
  }

  /* ---- index (kbgen/search/index.py, engine.py) ---- */
  /* index.py's shard_keys: the terms of a synonym group share their group's first term. */
  function shardKeys(synonyms) {
    var keys = new Map();
    synonyms.groups.forEach(function (group) {
      group.forEach(function (phrase) {
        phrase.forEach(function (member) { if (!keys.has(member)) keys.set(member, group[0][0]); });
      });
    });
    return keys;
  }
  function shardOf(t, shards) {  /* a phrase term lives with its first word */
    var base = t.split(PHRASE_JOINER)[0], key = KB.engine.shardKeys.get(base) || base;
    var h = 0x811c9dc5;
    for (var ch of key) { h = (h ^ ch.codePointAt(0)) >>> 0; h = Math.imul(h, 0x01000193) >>> 0; }
    return h % shards;
  }
  var CANDIDATES = 50;
  function round4(x) { return Math.floor(x * 10000 + 0.5) / 10000; }

  /* A shard as loaded: its postings by term and, per term number, the (field ref, weight)
     pairs of its field vectors. */
  function loadShard(n) {
    if (!KB.shardData[n]) KB.shardData[n] = fetchJSON("search/" + KB.manifest.shardFile.replace("{n}", n)).then(function (shard) {
      var postings = new Map(), weights = new Map();
      shard.invertedIndex.forEach(function (entry) { postings.set(entry[0], entry[1]); });
      shard.fieldVectors.forEach(function (fv) {
        var ref = fv[0], doc = parseInt(ref.slice(ref.indexOf("/") + 1), 10), elements = fv[1];
        for (var i = 0; i < elements.length; i += 2) {
          var list = weights.get(elements[i]);
          if (!list) weights.set(elements[i], list = { refs: [], docs: [], weights: [] });
          list.refs.push(ref); list.docs.push(doc); list.weights.push(elements[i + 1]);
        }
      });
      return { version: shard.version, fields: shard.fields, postings: postings, weights: weights };
    });
    return KB.shardData[n];
  }
  /* For each query term: its lunr posting and its (field ref, weight) pairs. */
  function termEntries(terms) {
    var shards = KB.manifest.shards;
    return Promise.all(terms.map(function (t) { return loadShard(shardOf(t, shards)); })).then(function (loaded) {
      var entries = [];
      terms.forEach(function (t, k) {
        var posting = loaded[k].postings.get(t);
        var none = { refs: [], docs: [], weights: [] };
        if (posting) entries.push({ term: t, posting: posting, pairs: loaded[k].weights.get(posting._index) || none });
      });
      return { entries: entries, version: loaded.length ? loaded[0].version : lunr.version,
               fields: loaded.length ? loaded[0].fields : [] };
    });
  }
  /* Documents worth handing to lunr: the best by the same formula (engine.py's _score),
     computed on the raw postings with flat arrays; lunr then scores exactly these. */
  function candidates(entries, boosts, slots, threshold, keep, documents) {
    var norm = 0, words = Math.ceil(entries.length / 31) || 1;
    boosts.forEach(function (b) { norm += b * b; });
    norm = Math.sqrt(norm);
    var raw = new Float64Array(documents), masks = new Int32Array(documents * words), touched = [];
    var listed = new Uint8Array(documents);
    var bit = new Map();
    entries.forEach(function (e, k) {
      bit.set(e.term, k);
      var boost = boosts.get(e.term), docs = e.pairs.docs, weights = e.pairs.weights;
      var word = Math.floor(k / 31), flag = 1 << (k % 31);
      for (var i = 0; i < docs.length; i++) {
        var doc = docs[i];
        if (!listed[doc]) { listed[doc] = 1; touched.push(doc); }
        raw[doc] += boost * weights[i] / norm;
        masks[doc * words + word] |= flag;
      }
    });
    var total = slots.reduce(function (sum, s) { return sum + s.weight; }, 0), scored = [];
    touched.forEach(function (doc) {
      var answered = 0;
      slots.forEach(function (slot) {
        var credit = 0;
        slot.clauses.forEach(function (c) {
          var k = bit.get(c.term);
          if (k !== undefined && (masks[doc * words + Math.floor(k / 31)] & (1 << (k % 31))) && c.credit > credit) credit = c.credit;
        });
        answered += slot.weight * credit;
      });
      var coverage = total > 0 ? answered / total : 0;
      scored.push([doc, raw[doc] * Math.pow(coverage, threshold.coveragePower)]);
    });
    scored.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    return new Set(scored.slice(0, keep).map(function (s) { return String(s[0]); }));
  }
  /* The serialised lunr index of the query's terms and the candidate documents (global term
     numbers), loaded with lunr.Index.load. lunr's score of a document only uses the query's
     terms in that document, so it equals its score in the whole index. */
  function miniIndex(found, docs) {
    var inverted = [], vectors = new Map();
    found.entries.forEach(function (e) {
      var posting = { _index: e.posting._index };
      found.fields.forEach(function (field) {
        var all = e.posting[field] || {}, kept = {};
        docs.forEach(function (doc) { if (doc in all) kept[doc] = all[doc]; });
        posting[field] = kept;
      });
      inverted.push([e.term, posting]);
      for (var i = 0; i < e.pairs.docs.length; i++) {
        if (!docs.has(String(e.pairs.docs[i]))) continue;
        var ref = e.pairs.refs[i], list = vectors.get(ref);
        if (!list) vectors.set(ref, list = []);
        list.push([e.posting._index, e.pairs.weights[i]]);
      }
    });
    inverted.sort(function (a, b) { return cmp(a[0], b[0]); });
    var fieldVectors = [];
    vectors.forEach(function (pairs, ref) {
      pairs.sort(function (a, b) { return a[0] - b[0]; });
      var flat = [];
      pairs.forEach(function (p) { flat.push(p[0], p[1]); });
      fieldVectors.push([ref, flat]);
    });
    return lunr.Index.load({ version: found.version, fields: found.fields, fieldVectors: fieldVectors,
                             invertedIndex: inverted, pipeline: [] });
  }
  function chunk(n) {
    if (!KB.chunks[n]) KB.chunks[n] = fetchJSON("search/" + KB.manifest.docsFile.replace("{n}", n));
    return KB.chunks[n];
  }

  function Engine(m) {
    this.manifest = m; this.vocab = new Vocabulary(m);
    this.synonyms = new Synonyms(m.synonyms); this.stopWords = new Set(m.stopWords); this.symptomWords = new Set(m.symptomWords);
    this.settings = m.settings; this.threshold = m.threshold;
    this.shardKeys = shardKeys(this.synonyms);
  }
  Engine.prototype.analyse = function (q) { return analyse(q, this); };
  /* Resolves to {results: [{id,title,url,summary,service,score,coverage,matched}], weak}. */
  Engine.prototype.search = function (query, limit) {
    var self = this;
    return this.rank(query, limit).then(function (ranked) {
      return self.describe(ranked.scored).then(function (results) {
        return { results: results, weak: ranked.weak, slots: ranked.slots };
      });
    });
  };
  /* Resolves to {scored: [{ref, score, coverage, matched}], weak, slots}, best first. */
  Engine.prototype.rank = function (query, limit) {
    var self = this, slots = this.analyse(query), boosts = queryBoosts(slots, this.vocab);
    if (!boosts.size) return Promise.resolve({ scored: [], weak: false, slots: slots });
    mark("analysed");
    return termEntries(Array.from(boosts.keys())).then(function (found) {
      mark("shards");
      /* Only terms the index has count (phrases are not in the vocabulary). */
      var known = new Set(found.entries.map(function (e) { return e.term; }));
      boosts.forEach(function (b, t) { if (!known.has(t)) boosts.delete(t); });
      if (!boosts.size) return { scored: [], weak: false, slots: slots };
      var keep = Math.max(CANDIDATES, 3 * (limit || 10));
      var best = candidates(found.entries, boosts, slots, self.threshold, keep, self.manifest.documents);
      /* The pre-pass ranks as lunr will: start fetching the first results' rows now. */
      Array.from(best).slice(0, 3).forEach(function (doc) { chunk(Math.floor(doc / self.manifest.docsPerChunk)); });
      var index = miniIndex(found, best);
      var hits = index.query(function (q) {
        boosts.forEach(function (boost, t) {
          q.term(t, { boost: boost, usePipeline: false, wildcard: lunr.Query.wildcard.NONE });
        });
      });
      var total = slots.reduce(function (sum, s) { return sum + s.weight; }, 0), power = self.threshold.coveragePower;
      var scored = hits.map(function (hit) {
        var matched = new Set(Object.keys(hit.matchData.metadata));
        var coverage = coverageOf(slots, matched, total);
        return { ref: parseInt(hit.ref, 10), score: round4(hit.score * Math.pow(coverage, power)),
                 coverage: round4(coverage), matched: matched };
      });
      scored.sort(function (a, b) { return b.score - a.score || a.ref - b.ref; });
      var weak = scored.length > 0 && (scored[0].coverage < self.threshold.minCoverage ||
                                       scored[0].score < self.threshold.minScore);
      mark("ranked");
      return { scored: scored.slice(0, limit || 10), weak: weak, slots: slots };
    });
  };
  Engine.prototype.describe = function (scored) {
    var per = this.manifest.docsPerChunk;
    var needed = Array.from(new Set(scored.map(function (s) { return Math.floor(s.ref / per); })));
    return Promise.all(needed.map(chunk)).then(function () {
      return Promise.all(scored.map(function (s) {
        return chunk(Math.floor(s.ref / per)).then(function (rows) {
          var row = rows[s.ref % per];
          return { id: row[0], title: row[1], url: row[2], summary: row[3], service: row[4],
                   sections: row[5] || [], score: s.score, coverage: s.coverage, matched: s.matched };
        });
      }));
    });
  };
  function coverageOf(slots, matched, total) {
    if (total <= 0) return 0;
    var answered = 0;
    slots.forEach(function (slot) {
      var credit = 0;
      slot.clauses.forEach(function (c) { if (matched.has(c.term) && c.credit > credit) credit = c.credit; });
      answered += slot.weight * credit;
    });
    return answered / total;
  }

  function mark(name) { if (window.performance && performance.mark) performance.mark("kbgen:" + name); }
  KB.ready = fetchJSON("search/manifest.json").then(function (m) {
    mark("manifest"); KB.manifest = m; KB.engine = new Engine(m); mark("ready");
    return KB.engine;
  });
  KB.search = function (query, limit) { return KB.ready.then(function (e) { return e.search(query, limit); }); };
  KB.rank = function (query, limit) { return KB.ready.then(function (e) { return e.rank(query, limit); }); };
  KB.analyseTerm = term;
  KB.words = words;

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
    this.limit = this.page ? 20 : 8; this.active = -1; this.seq = 0; this.id = "kbgen-results-" + (++counter);
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
      var engine = KB.engine, first = ranked.scored.slice(0, 3), rest = ranked.scored.slice(3);
      return engine.describe(first).then(function (results) {
        if (seq !== self.seq) return;
        self.show(ranked.weak, results, query);
        return engine.describe(rest).then(function (more) {
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
