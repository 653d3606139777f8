/* kbgen search engine: the one implementation of search's language work and ranking.

   The browser (assets/kbgen-search.js) and `kbgen search` (Python, through the V8 engine of the
   mini-racer package) run this same file, so a query is understood and ranked the same way in
   both. At build time Python also uses it to turn article text into index terms, so documents
   and queries are analysed by one tokeniser and one stemmer.

   No DOM, no network: the caller hands in the manifest and the shards a query needs
   (Engine.shardsFor), then asks Engine.rank. Every text path is linear: a word is cut to
   MAX_WORD characters and a query to MAX_QUERY characters before any per-word work. */
(function (root) {
  "use strict";

  /* ---- language data ---- */

  /* Greetings, thanks, pronouns, articles, auxiliaries and negations of the languages an
     employee of a European organisation most often mixes into an English question (German,
     French, Spanish, Dutch, Italian): "Hallo, mein Passwort abgelaufen, danke" is about the
     password. Left out: forms that are also an English word or an IT term a help question uses
     ("die", "hat", "van", "met", "op", "den", "mit", "son", "sale", "ou" an AD unit, "nest",
     "mon", "ist", "des", "mi", "con", "que", "non", "la", "mes", "para", "das" storage,
     "du" the command, "est" a time zone, "uno"): the list also
     applies when the index is built, so such a word could no longer be found at all. */
  var OTHER_LANGUAGE_STOP_WORDS = ("hallo guten danke bitte ich mein meine meinen meinem mir mich " +
    "sind habe hast haben nicht kein keine und oder der dem ein eine einen auf kann " +
    "bonjour salut merci svp je jai ma le les un une sont ne pas " +
    "et avec pour sur cest mais il elle vous votre " +
    "hola gracias mis el los las es y por tengo una muy " +
    "hoi bedankt ik mijn het een niet geen kan " +
    "ciao grazie mio mia della sono che").split(" ");
  /* Words that carry no meaning for a search: English function words (lunr's list), question
     and courtesy words, negations (a negation matches nothing topical: "vpn won't connect" is
     about the VPN connecting), and the filler that e-mail and ticket subjects put in front of
     a question (reply and forward markers, "pls", "urgent"). */
  var STOP_WORDS = ("a able about across after all almost also am among an and any are as at be " +
    "because been but by can could dear did do does either else ever every for from get got had " +
    "has have he her hers him his how however i if in into is it its just least let like likely " +
    "may me might most must my neither no nor of off often on only or other our own rather said " +
    "say says she should since so some than that the their them then there these they this tis " +
    "to too twas us wants was we were what when where which while who whom why will with would " +
    "yet you your yours im ive id please need needs want help hi hello thanks thank very really " +
    "still again today anymore suddenly not cant cannot dont doesnt didnt isnt arent wasnt " +
    "werent wont wouldnt couldnt shouldnt havent hasnt hadnt aint youre thats whats theres " +
    "re fw fwd pls plz urgent asap unable").split(" ").concat(OTHER_LANGUAGE_STOP_WORDS);
  /* Words a conversational question uses to tell when and around whom something happened,
     and everyday placeholders, rather than what it is about: times of day, days, spans of
     time, vague people and things ("this morning", "a colleague says", "the thing"). In a
     query they weigh contextWeight of a word's weight (documents index them as usual: an
     article may be about the weekend or a colleague's access). */
  var CONTEXT_WORDS = ("yesterday yesterdays tomorrow tonight morning afternoon evening night " +
    "week weeks month months year years day days hour hours minute minutes moment " +
    "monday tuesday wednesday thursday friday saturday sunday mondays fridays " +
    "now later soon ago last next earlier recently lately already yet " +
    "someone somebody anyone anybody nobody everyone everybody something anything nothing " +
    "everything thing things stuff colleague colleagues guys sorry bother hey ok okay " +
    "tried trying seems seem though even").split(" ");
  /* A title with one of these words describes a fault ("VPN won't connect"). */
  var SYMPTOM_TITLE_WORDS = "not no cant cannot wont doesnt isnt arent didnt dont couldnt wouldnt".split(" ");
  /* A query with one of these words reports a fault ("cant print", "vpn keeps dropping"). */
  var SYMPTOM_WORDS = SYMPTOM_TITLE_WORDS.concat(
    "unable broken error errors fails failed failing stuck keeps problem problems issue issues".split(" "));
  /* The index term of a fault title; like a phrase term it is no word and never corrected. */
  var SYMPTOM_TERM = "+fault";
  /* Joins the two terms of a phrase term ("desk+phone"); never part of a word. */
  var PHRASE_JOINER = "+";
  /* No word of a help text is longer; hashes, base64 and pasted blobs are, so they are cut. */
  var MAX_WORD = 64;
  /* A query is read up to this many characters: questions are short, a pasted page is
     answered by its opening. */
  var MAX_QUERY = 1000;

  /* Boosts and limits of query analysis; the manifest's "settings" may override any of them
     (the benchmarks switch rule families off that way). */
  var DEFAULTS = {
    synonymBoost: 1.0,        /* boost of a synonym of a query word */
    phraseBoost: 1.0,         /* two neighbouring query words found as neighbours */
    swappedPhraseBoost: 0.5,  /* the same pair in the other order ("calendar sharing") */
    typoBoost: 0.8,           /* a correction at edit distance 1 (distance 2: half) */
    prefixBoost: 0.6,         /* a completion of the last word when it is not a word itself */
    prefixBoostExact: 0.0,    /* the same when the last word is already a word of the index */
    typoMinLength: 4,         /* shortest word corrected at distance 1 */
    typo2MinLength: 8,        /* shortest word corrected at distance 2 */
    uniqueTypoMinLength: 3,   /* shortest word corrected when one term is one letter off */
    maxTypos: 3,              /* corrections kept per word */
    maxPrefixes: 5,           /* completions kept for the last word */
    synonymCredit: 0.9,       /* how fully a synonym answers a query word (coverage) */
    typoCredit: 0.85,         /* how fully a correction answers it */
    shortTypoCredit: 0.5,     /* the same for a word of four or five letters (more neighbours) */
    prefixCredit: 0.7,        /* how fully a completion answers it */
    unknownWeight: 0.5,       /* share of its weight an unknown word keeps among known ones */
    unknownContext: 6,        /* known words needed before unknown words count less */
    symptomBoost: 0.5,        /* boost of fault titles for a query that reports a fault */
    bodyCredit: 0.6,          /* how fully a word found only in an article's body answers */
    incidentalCoverage: 0.8,  /* share of the known words an article must name ... */
    incidentalWeight: 0.1,    /* ... for a guessed word it lacks to weigh this share */
    incidentalBoost: 1,       /* naming counts terms of at least this boost (1: exact words) */
    faultKeepsGuesses: true,  /* no guessed word is incidental in a query reporting a fault */
    respell: true,            /* query words respelt the way the index spells them */
    contextWeight: 0.5,       /* share of its weight a context word keeps in a query */
    weightSaturation: 60,     /* a term's weight w counts w / (1 + w / this) (0: as it is) */
    joinWords: true,          /* two query words the index knows as one are joined */
    splitWords: true,         /* an unknown word made of two known ones is split */
    rerank: true              /* the manifest's re-scorer of the first results, if it has one */
  };

  /* ---- text ---- */

  var TOKEN = /[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*/gu;
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var LETTERS = /^\p{L}[\p{L}\p{M}]*$/u;
  var DIGIT = /\p{Nd}/u;
  var DIGITS = /^\p{Nd}+$/u;
  var EMAIL_DOMAIN = /@[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*/gu;
  var STRETCHED = /([a-z])\1\1+/g;

  /* Lower case, accents of Latin letters dropped, compatibility forms folded (full-width
     letters and digits, ligatures), apostrophes dropped ("Can't" is "cant"). */
  function normalize(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/['\u2018\u2019`]/g, "").toLowerCase();
  }
  function cut(word) { return word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word; }
  /* The normalised words of a text: runs of letters, digits and combining marks. */
  function words(text) { return (normalize(text).match(WORD) || []).map(cut); }
  function tokens(text) { return (text.match(TOKEN) || []).map(cut); }

  /* ---- Porter stemmer (the variant lunr.js 2.3.9 ships, written by Martin Porter's rules) ---- */
  var STEP2 = { ational: "ate", tional: "tion", enci: "ence", anci: "ance", izer: "ize", bli: "ble",
    alli: "al", entli: "ent", eli: "e", ousli: "ous", ization: "ize", ation: "ate", ator: "ate",
    alism: "al", iveness: "ive", fulness: "ful", ousness: "ous", aliti: "al", iviti: "ive",
    biliti: "ble", logi: "log" };
  var STEP3 = { icate: "ic", ative: "", alize: "al", iciti: "ic", ical: "ic", ful: "", ness: "" };
  var c = "[^aeiou]", v = "[aeiouy]", C = c + "[^aeiouy]*", V = v + "[aeiou]*";
  var MGR0 = new RegExp("^(" + C + ")?" + V + C);
  var MEQ1 = new RegExp("^(" + C + ")?" + V + C + "(" + V + ")?$");
  var MGR1 = new RegExp("^(" + C + ")?" + V + C + V + C);
  var S_V = new RegExp("^(" + C + ")?" + v);
  var CVC = new RegExp("^" + C + v + "[^aeiouwxy]$");
  var R1A = /^(.+?)(ss|i)es$/, R1A2 = /^(.+?)([^s])s$/, R1B = /^(.+?)eed$/, R1B2 = /^(.+?)(ed|ing)$/;
  var LAST = /.$/, R1B_AT = /(at|bl|iz)$/, R1B_DOUBLE = /([^aeiouylsz])\1$/, R1C = /^(.+?[^aeiou])y$/;
  var R2 = new RegExp("^(.+?)(" + Object.keys(STEP2).join("|") + ")$");
  var R3 = new RegExp("^(.+?)(" + Object.keys(STEP3).join("|") + ")$");
  var R4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
  var R4B = /^(.+?)(s|t)(ion)$/, R5 = /^(.+?)e$/, LL = /ll$/;

  function step1(w) {
    var m;
    if (R1A.test(w)) w = w.replace(R1A, "$1$2");
    else if (R1A2.test(w)) w = w.replace(R1A2, "$1$2");
    if ((m = R1B.exec(w))) {
      if (MGR0.test(m[1])) w = w.replace(LAST, "");
    } else if ((m = R1B2.exec(w)) && S_V.test(m[1])) {
      w = m[1];
      if (R1B_AT.test(w)) w += "e";
      else if (R1B_DOUBLE.test(w)) w = w.replace(LAST, "");
      else if (CVC.test(w)) w += "e";
    }
    if ((m = R1C.exec(w))) w = m[1] + "i";
    return w;
  }
  function step2to4(w) {
    var m;
    if ((m = R2.exec(w)) && MGR0.test(m[1])) w = m[1] + STEP2[m[2]];
    if ((m = R3.exec(w)) && MGR0.test(m[1])) w = m[1] + STEP3[m[2]];
    if ((m = R4.exec(w))) { if (MGR1.test(m[1])) w = m[1]; }
    else if ((m = R4B.exec(w)) && MGR1.test(m[1] + m[2])) w = m[1] + m[2];
    return w;
  }
  function step5(w) {
    var m = R5.exec(w);
    if (m && (MGR1.test(m[1]) || (MEQ1.test(m[1]) && !CVC.test(m[1])))) w = m[1];
    if (LL.test(w) && MGR1.test(w)) w = w.replace(LAST, "");
    return w;
  }
  function stem(word) {
    if (word.length < 3) return word;
    var firstY = word.charAt(0) === "y", w = firstY ? "Y" + word.slice(1) : word;
    w = step5(step2to4(step1(w)));
    return firstY ? "y" + w.slice(1) : w;
  }

  /* English irregular verb forms, which no suffix rule can join to their verb ("forgot",
     "forgotten" and "forget" are one word; "frozen" is "freeze"). Forms that are also another
     common word of help texts are left out: "left" (leave = holiday), "stuck" (a USB stick),
     "saw", "found", "lay", "lie", "bound", "got" (a stop word). */
  var IRREGULAR = Object.create(null);
  ("forget:forgot,forgotten break:broke,broken freeze:froze,frozen steal:stole,stolen " +
   "write:wrote,written take:took,taken give:gave,given lose:lost send:sent hang:hung " +
   "fall:fell,fallen hide:hid,hidden choose:chose,chosen begin:began,begun go:went,gone " +
   "know:knew,known show:shown run:ran bring:brought buy:bought think:thought keep:kept " +
   "pay:paid tell:told sell:sold hold:held speak:spoke,spoken wake:woke,woken wear:wore,worn " +
   "tear:tore,torn shake:shook,shaken drive:drove,driven ring:rang,rung sink:sank,sunk " +
   "build:built spend:spent lend:lent feed:fed meet:met teach:taught catch:caught fly:flew,flown " +
   "grow:grew,grown throw:threw,thrown draw:drew,drawn eat:ate,eaten").split(" ").forEach(function (entry) {
    var parts = entry.split(":");
    parts[1].split(",").forEach(function (form) { IRREGULAR[form] = parts[0]; });
  });

  /* British and American spellings of one word, folded to one form before stemming, since
     a site written in one is searched in both ("prioritise" and "prioritize", "colour" and
     "color", "catalogue" and "catalog", "centre" and "center"): -ise and -yse verbs and their
     forms, -our, -ogue and -tre. The stem before the ending must have three letters (two for
     -tre), so short words keep their spelling ("raise", "noise", "hour", "four"); documents
     and queries are folded alike, so a word that only looks like one of these ("promise",
     "otherwise") still matches itself. */
  var SPELLINGS = [
    [/^([a-z]{3,})([iy])s(e|es|ed|ing|er|ers|ation|ations)$/, "$1$2z$3"],
    [/^([a-z]{3,})our(s|ed|ing|ite|ites|able|ful)?$/, "$1or$2"],
    [/^([a-z]{3,})ogue(s)?$/, "$1og$2"],
    [/^([a-z]{2,})tre(s|d)?$/, "$1ter$2"]
  ];
  function americanSpelling(word) {
    for (var i = 0; i < SPELLINGS.length; i++) {
      if (SPELLINGS[i][0].test(word)) return word.replace(SPELLINGS[i][0], SPELLINGS[i][1]);
    }
    return word;
  }

  var termCache = new Map();
  /* The index term of a word: its Porter stem (of the verb, for an irregular form; in one
     spelling of British and American English), with "-ly" adverbs folded ("slowli" is "slow"). */
  function term(word) {
    var cached = termCache.get(word);
    if (cached !== undefined) return cached;
    var s = stem(IRREGULAR[word] || americanSpelling(word));
    if (s.length >= 6 && s.slice(-2) === "li" && "aeiouy".indexOf(s.charAt(s.length - 3)) < 0) s = s.slice(0, -2);
    if (termCache.size > 200000) termCache.clear();
    termCache.set(word, s);
    return s;
  }

  /* ---- documents (used at build time) ---- */

  /* The index terms of a text: its words without stop words, stemmed, then the joined form of
     hyphenated compounds ("Wi-Fi" gives "wi", "fi" and "wifi"). */
  function documentTerms(text) {
    var out = [], joined = [], ts = tokens(normalize(text)), i, j;
    for (i = 0; i < ts.length; i++) {
      var parts = ts[i].split("-");
      for (j = 0; j < parts.length; j++) if (!STOP.has(parts[j])) out.push(term(cut(parts[j])));
      if (parts.length > 1) {
        var whole = cut(parts.join(""));
        if (!STOP.has(whole)) joined.push(term(whole));
      }
    }
    return out.concat(joined);
  }
  /* Pairs of neighbouring index terms, line by line ("Desk phone has no dial tone" gives
     "desk+phone", "phone+dial", "dial+tone"): matched when a query has the same pair. */
  function phraseTerms(text) {
    var out = [], lines = String(text).split("\n");
    for (var l = 0; l < lines.length; l++) {
      var ts = documentTerms(lines[l]);
      for (var i = 0; i + 1 < ts.length; i++) out.push(ts[i] + PHRASE_JOINER + ts[i + 1]);
    }
    return out;
  }
  function counts(list) {
    var out = {};
    for (var i = 0; i < list.length; i++) out[list[i]] = (out[list[i]] || 0) + 1;
    return out;
  }
  /* Term counts of every field of an article; "phrases" holds pairs, and a title that
     describes a fault adds SYMPTOM_TERM there. */
  function analyseDocument(fields) {
    var out = {};
    Object.keys(fields).forEach(function (name) {
      out[name] = counts(name === "phrases" ? phraseTerms(fields[name]) : documentTerms(fields[name]));
    });
    if (out.phrases && words(fields.title || "").some(function (w) { return SYMPTOM_TITLE.has(w); }))
      out.phrases[SYMPTOM_TERM] = (out.phrases[SYMPTOM_TERM] || 0) + 1;
    return out;
  }

  var CONTEXT = new Set(CONTEXT_WORDS);
  var STOP = new Set(STOP_WORDS), SYMPTOM_TITLE = new Set(SYMPTOM_TITLE_WORDS), SYMPTOM = new Set(SYMPTOM_WORDS);

  /* ---- vocabulary, corrections, synonyms ---- */

  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function Vocabulary(terms, df, documents) {
    this.terms = terms; this.documents = documents; this.df = new Map();
    for (var i = 0; i < terms.length; i++) this.df.set(terms[i], df[i]);
  }
  Vocabulary.prototype.has = function (t) { return this.df.has(t); };
  /* BM25's inverse document frequency; an unknown term counts as in half a document. */
  Vocabulary.prototype.idf = function (t) {
    var n = this.df.get(t) || 0;
    return ln(1 + Math.abs((this.documents - n + 0.5) / (n + 0.5)));
  };
  /* The natural logarithm from + - * / only: every JavaScript engine rounds those the same
     way, while Math.log may differ in the last bit between engines (and so a score in its
     fourth decimal between Chromium and the CLI). x = m * 2^e, ln m = 2 atanh((m-1)/(m+1)). */
  var LN2 = 0.6931471805599453;
  function ln(x) {
    /* outside (0, infinity) the halving and doubling below would never end: as Math.log does */
    if (!(x > 0)) return x === 0 ? -Infinity : NaN;
    if (x === Infinity) return Infinity;
    var e = 0;
    while (x >= 2) { x /= 2; e += 1; }
    while (x < 1) { x *= 2; e -= 1; }
    var y = (x - 1) / (x + 1), y2 = y * y, sum = 0, power = y;
    for (var k = 1; k < 60; k += 2) { sum += power / k; power *= y2; }
    return 2 * sum + e * LN2;
  }
  Vocabulary.prototype.withPrefix = function (prefix) {
    var lo = 0, hi = this.terms.length, out = [];
    while (lo < hi) { var mid = (lo + hi) >> 1; if (this.terms[mid] < prefix) lo = mid + 1; else hi = mid; }
    for (var i = lo; i < this.terms.length && this.terms[i].indexOf(prefix) === 0; i++) out.push(this.terms[i]);
    return out;
  };

  /* Optimal-string-alignment distance of a and b, or limit + 1 when larger. */
  function editDistanceAtMost(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev2 = [], prev = [], i, j;
    for (j = 0; j <= b.length; j++) prev.push(j);
    for (i = 1; i <= a.length; i++) {
      var cur = [i], low = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prev2[j - 2] + 1);
        cur.push(value); if (value < low) low = value;
      }
      if (low > limit) return limit + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }
  var ALPHABET = "abcdefghijklmnopqrstuvwxyz";
  /* Every string one deletion, transposition, substitution or insertion (a-z) away. */
  function edits1(word) {
    var out = [], i, k;
    for (i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
    for (i = 0; i < word.length - 1; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (i = 0; i < word.length; i++) for (k = 0; k < 26; k++) out.push(word.slice(0, i) + ALPHABET[k] + word.slice(i + 1));
    for (i = 0; i <= word.length; i++) for (k = 0; k < 26; k++) out.push(word.slice(0, i) + ALPHABET[k] + word.slice(i));
    return out;
  }
  /* Index terms a misspelt word probably meant, with their edit distance: distance 1 on the
     surface word (each variant stemmed, so "accidentaly" finds "accident"), distance 2 on
     stems for long words; a word shorter than typoMinLength only when exactly one index term
     is one substitution or transposition away ("vpm" is "vpn"). */
  function typoCandidates(word, vocab, s) {
    var found = new Map(), i;
    if (s.uniqueTypoMinLength <= word.length && word.length < s.typoMinLength) {
      var same = new Set(edits1(word).filter(function (x) { return x.length === word.length && x !== word && vocab.has(x); }));
      if (same.size === 1) return [[Array.from(same)[0], 1]];
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

  /* Groups of equivalent phrases, matched on stemmed words. */
  function Synonyms(groups) {
    this.groups = []; this.byPhrase = new Map(); this.longest = 1; this.words = new Set();
    for (var g = 0; g < groups.length; g++) {
      var seen = new Set(), phrases = [], p, key;
      for (p = 0; p < groups[g].length; p++) {
        var phrase = words(groups[g][p]).map(term);
        key = phrase.join(" ");
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
  /* The longest synonym phrase starting at terms[start]. */
  Synonyms.prototype.match = function (terms, start) {
    for (var len = Math.min(this.longest, terms.length - start); len > 0; len--) {
      var phrase = terms.slice(start, start + len);
      if (this.byPhrase.has(phrase.join(" "))) return phrase;
    }
    return null;
  };
  /* The other phrases of every group the phrase belongs to, in a stable order. */
  Synonyms.prototype.alternatives = function (phrase) {
    var key = phrase.join(" "), out = [], keys = new Set(), groups = this.byPhrase.get(key) || [];
    for (var g = 0; g < groups.length; g++) {
      var members = this.groups[groups[g]];
      for (var p = 0; p < members.length; p++) {
        var k = members[p].join(" ");
        if (k !== key && !keys.has(k)) { keys.add(k); out.push(members[p]); }
      }
    }
    return out;
  };

  /* ---- query analysis ---- */

  /* One thing asked about (a word, or a word of a multi-word synonym) with the index terms
     that answer it: each with a boost (ranking) and a credit (how fully it answers). */
  function Slot(text) { this.text = text; this.clauses = []; this.weight = 1; }
  Slot.prototype.add = function (t, boost, credit) {
    for (var i = 0; i < this.clauses.length; i++) {
      var old = this.clauses[i];
      if (old.term === t) {
        if (boost > old.boost) this.clauses[i] = { term: t, boost: boost, credit: Math.max(credit, old.credit) };
        return;
      }
    }
    this.clauses.push({ term: t, boost: boost, credit: credit });
  };

  /* The words of a query as the index spells them: a hyphenated compound stays one word when
     the index knows it; stretched letters are squeezed ("sloooow"); two words the index knows
     as one are joined ("pass word"), an unknown word the index knows as two is split
     ("screenshare"); the domain of an e-mail address is dropped. */
  function queryWords(text, vocab, s, synonyms) {
    var out = [];
    tokens(normalize(String(text).slice(0, MAX_QUERY)).replace(EMAIL_DOMAIN, " ")).forEach(function (token) {
      var joined = cut(token.replace(/-/g, ""));
      var parts = token.indexOf("-") < 0 || vocab.has(term(joined)) ? [joined] : token.split("-").map(cut);
      parts.forEach(function (part) {
        part = squeeze(part, vocab);
        var split = s.splitWords ? splitWord(part, vocab, synonyms) : null;
        out.push.apply(out, split || [part]);
      });
    });
    return s.joinWords ? joinWords(out, vocab) : out;
  }
  /* A letter typed three or more times once, if that makes a known word, else twice. */
  function squeeze(word, vocab) {
    if (!word.match(STRETCHED)) return word;
    var once = word.replace(STRETCHED, "$1");
    return vocab.has(term(once)) || STOP.has(once) ? once : word.replace(STRETCHED, "$1$1");
  }
  /* Two known words (three letters or more each) an unknown word is made of, the most even
     split first; null when there is none. A word of the synonym list is no unknown word: a
     compound the site never uses may still name what its words do not ("notebook" is a
     laptop, not a note and a book), so it keeps its group. */
  function splitWord(word, vocab, synonyms) {
    if (vocab.has(term(word)) || synonyms.byPhrase.has(term(word)) || STOP.has(word) || word.length < 6 ||
        !LETTERS.test(word)) return null;
    var cuts = [];
    for (var i = 3; i < word.length - 2; i++) cuts.push(i);
    cuts.sort(function (a, b) { return Math.abs(word.length - 2 * a) - Math.abs(word.length - 2 * b) || a - b; });
    for (var k = 0; k < cuts.length; k++) {
      var left = word.slice(0, cuts[k]), right = word.slice(cuts[k]);
      if (!STOP.has(left) && !STOP.has(right) && vocab.has(term(left)) && vocab.has(term(right))) return [left, right];
    }
    return null;
  }
  /* Neighbouring words joined when the index knows them as one word ("lap top"; never after a
     stop word); two known words only when the joined word is at least as common as the rarer
     of them ("pass word", not "service desk" whose joined form is only in an address). */
  function joinWords(raw, vocab) {
    var out = [];
    for (var i = 0; i < raw.length; i++) {
      if (i + 1 < raw.length && joins(raw[i], raw[i + 1], vocab)) { out.push(raw[i] + raw[i + 1]); i++; }
      else out.push(raw[i]);
    }
    return out;
  }
  function joins(a, b, vocab) {
    var joined = term(a + b), ta = term(a), tb = term(b);
    if (!LETTERS.test(a) || !LETTERS.test(b) || !vocab.has(joined) || STOP.has(a)) return false;
    if (joined === ta || joined === tb) return false;  /* a stem of one part ("machine ate") is no new word */
    return !vocab.has(ta) || !vocab.has(tb) || vocab.df.get(joined) >= Math.min(vocab.df.get(ta), vocab.df.get(tb));
  }
  /* An unknown word one edit from exactly one word that only the synonym list knows is spelt
     as that word, so the synonym phrase it belongs to is found. */
  function respell(word, vocab, synonyms, s) {
    if (!s.respell || word.length < s.typoMinLength || STOP.has(word) || !LETTERS.test(word)) return word;
    if (vocab.has(term(word)) || synonyms.words.has(term(word))) return word;
    var near = new Map();
    edits1(word).forEach(function (x) {
      var t = term(x);
      if (synonyms.words.has(t) && !vocab.has(t)) {
        if (!near.has(t)) near.set(t, []);
        near.get(t).push(x);
      }
    });
    if (near.size !== 1) return word;
    return Array.from(near.values())[0].slice().sort(cmp)[0];
  }

  /* The slots of a query. Every content word is a slot. A synonym phrase found in the query
     adds its group's other phrases to the slots of all its words. The last word is also
     completed as a prefix. A query reporting a fault also looks for SYMPTOM_TERM; neighbouring
     words also look for their pair. */
  function analyse(query, e) {
    var vocab = e.vocab, s = e.settings;
    var raw = queryWords(query, vocab, s, e.synonyms).map(function (w) { return respell(w, vocab, e.synonyms, s); });
    var terms = raw.map(term), slots = [], i = 0;
    while (i < raw.length) {
      var phrase = e.synonyms.match(terms, i), length = phrase ? phrase.length : 1, span = [], j;
      for (j = i; j < i + length; j++) if (!STOP.has(raw[j])) span.push([raw[j], terms[j]]);
      if (phrase && !span.length) span = [[raw[i + length - 1], terms[i + length - 1]]];
      i += length;
      var together = phrase && span.length > 1 ? span.map(function (w) { return w[1]; }) : [];
      for (var k = 0; k < span.length; k++) {
        var word = span[k][0], wordTerm = span[k][1], slot = new Slot(word);
        addExact(slot, word, wordTerm, vocab, s, i === raw.length, otherTerms(terms, wordTerm), together.length || 1);
        for (var g = 0; g + 1 < together.length; g++) slot.add(together[g] + PHRASE_JOINER + together[g + 1], 1, 1);
        if (phrase) addSynonyms(slot, e.synonyms.alternatives(phrase), s, 1);
        if (length > 1 && e.synonyms.byPhrase.has(wordTerm))
          addSynonyms(slot, e.synonyms.alternatives([wordTerm]), s, together.length || 1);
        slot.weight = slotWeight(slot, word, wordTerm, vocab) * (CONTEXT.has(word) ? s.contextWeight : 1);
        slot.own = vocab.has(wordTerm) ? wordTerm : null;  /* the word's own term, if the index has it */
        /* a guess: a word the index and the synonym list do not know, answered (if at all)
           only through corrections and completions: a typo, a name, a code */
        slot.guess = !phrase && !vocab.has(wordTerm);
        if (slot.weight > 0) slots.push(slot);
      }
    }
    discountUnknown(slots, s);
    var fault = raw.some(function (w) { return SYMPTOM.has(w); });
    /* In a fault report the broken thing is the topic: an unknown word there is never incidental. */
    if (fault && s.faultKeepsGuesses) slots.forEach(function (slot) { if (slot.guess) slot.guess = "topic"; });
    if (s.symptomBoost && slots.length && raw.some(function (w) { return SYMPTOM.has(w); })) {
      var symptom = new Slot("");
      symptom.weight = 0;
      symptom.add(SYMPTOM_TERM, s.symptomBoost, 0);
      slots.push(symptom);
    }
    var content = [];
    for (var x = 0; x < raw.length; x++) if (!STOP.has(raw[x])) content.push(terms[x]);
    if (s.phraseBoost && content.length > 1) {
      var pairs = new Slot(String(query).slice(0, MAX_QUERY));  /* phrases rank, they do not count for coverage */
      pairs.weight = 0; pairs.pairs = true;
      for (x = 0; x + 1 < content.length; x++) pairs.add(content[x] + PHRASE_JOINER + content[x + 1], s.phraseBoost, 0);
      if (s.swappedPhraseBoost)  /* "calendar sharing" is also "share ... calendar" */
        for (x = 0; x + 1 < content.length; x++) pairs.add(content[x + 1] + PHRASE_JOINER + content[x], s.swappedPhraseBoost, 0);
      slots.push(pairs);
    }
    return slots;
  }
  /* Unknown words weigh unknownWeight of their weight among enough known words; an unknown
     code with digits or an "-ly" adverb only qualifies the question: unknownWeight squared. */
  function discountUnknown(slots, s) {
    var context = slots.filter(function (slot) { return slot.clauses.length > 0; }).length >= s.unknownContext;
    slots.forEach(function (slot) {
      if (slot.clauses.length) return;
      if (DIGIT.test(slot.text) || (slot.text.length >= 6 && /ly$/.test(slot.text)))
        slot.weight *= s.unknownWeight * s.unknownWeight;
      else if (context) slot.weight *= s.unknownWeight;
    });
  }
  /* How much a slot matters: its word's idf, else that of the rarest term answering it; an
     unknown word of one or two letters nothing. */
  function slotWeight(slot, word, wordTerm, vocab) {
    if (vocab.has(wordTerm) || !slot.clauses.length)
      return vocab.has(wordTerm) || word.length > 2 ? vocab.idf(wordTerm) : 0;
    return Math.max.apply(null, slot.clauses.map(function (cl) { return vocab.idf(cl.term); }));
  }
  function otherTerms(terms, wordTerm) {
    var others = new Set(terms);
    others.delete(wordTerm);
    return others;
  }
  /* The word itself, else its likely corrections (never another word of the query); the
     last word also completed. A word of a known phrase alone answers its share of it. */
  function addExact(slot, word, wordTerm, vocab, s, complete, others, share) {
    if (vocab.has(wordTerm)) slot.add(wordTerm, 1, 1 / share);
    else if (!DIGITS.test(word)) {
      var credit = word.length >= 6 ? s.typoCredit : s.shortTypoCredit;
      typoCandidates(word, vocab, s).forEach(function (cand) {
        if (!others.has(cand[0])) slot.add(cand[0], s.typoBoost / cand[1], credit / cand[1]);
      });
    }
    if (complete && word.length >= 3 && (s.prefixBoostExact || !vocab.has(wordTerm))) {
      var boost = vocab.has(wordTerm) ? s.prefixBoostExact : s.prefixBoost;
      completions(word, wordTerm, vocab, s).forEach(function (t) { slot.add(t, boost, s.prefixCredit); });
    }
  }
  function completions(word, wordTerm, vocab, s) {
    if (!s.maxPrefixes) return [];
    var found = new Set(vocab.withPrefix(word).concat(vocab.withPrefix(wordTerm)));
    found.delete(wordTerm);
    var ranked = Array.from(found);
    ranked.sort(function (a, b) { return vocab.df.get(b) - vocab.df.get(a) || cmp(a, b); });
    return ranked.slice(0, s.maxPrefixes);
  }
  /* The terms of synonym phrases; the boost is shared so many synonyms do not pile up, and a
     word of a longer synonym only partly answers the slot (its pair answers it fully). */
  function addSynonyms(slot, alternatives, s, share) {
    if (!s.synonymBoost) return;
    var boost = s.synonymBoost / Math.sqrt(Math.max(1, alternatives.length)), credit = s.synonymCredit / share;
    alternatives.forEach(function (phrase) {
      var ts = phrase.filter(function (t) { return !STOP.has(t) && t.length > 1; });
      ts.forEach(function (t) { slot.add(t, boost / ts.length, credit / ts.length); });
      for (var i = 0; i + 1 < ts.length; i++) slot.add(ts[i] + PHRASE_JOINER + ts[i + 1], boost, credit);
    });
  }
  /* One boost per index term of the query: the largest any slot gives it. */
  function queryBoosts(slots, vocab) {
    var boosts = new Map();
    slots.forEach(function (slot) {
      slot.clauses.forEach(function (cl) {
        var known = vocab.has(cl.term) || cl.term.indexOf(PHRASE_JOINER) >= 0;
        if (known && cl.boost > (boosts.get(cl.term) || 0)) boosts.set(cl.term, cl.boost);
      });
    });
    return boosts;
  }

  /* ---- shards ---- */

  /* Terms of a synonym group share a shard key (the group's first term), so a word and its
     synonyms are usually fetched in one file. */
  function shardKeys(synonyms) {
    var keys = new Map();
    synonyms.groups.forEach(function (group) {
      group.forEach(function (phrase) {
        phrase.forEach(function (member) { if (!keys.has(member)) keys.set(member, group[0][0]); });
      });
    });
    return keys;
  }
  /* The shard holding a term: FNV-1a (32 bit) of the code points of its key modulo the shard
     count; a phrase term lives with its first word. */
  function shardOf(t, shards, keys) {
    var base = t.split(PHRASE_JOINER)[0], key = keys.get(base) || base, h = 0x811c9dc5;
    for (var ch of key) { h = (h ^ ch.codePointAt(0)) >>> 0; h = Math.imul(h, 0x01000193) >>> 0; }
    return h % shards;
  }
  /* The shard of each term (the index builder writes them there). */
  function assignShards(terms, shards, synonymGroups) {
    var keys = shardKeys(new Synonyms(synonymGroups));
    return terms.map(function (t) { return shardOf(t, shards, keys); });
  }

  /* ---- ranking ---- */

  function round4(x) { return Math.floor(x * 10000 + 0.5) / 10000; }

  /* A search over one index. manifest: the parsed search/manifest.json. */
  function Engine(manifest) {
    this.manifest = manifest;
    this.settings = Object.assign({}, DEFAULTS, manifest.settings || {});
    this.vocab = new Vocabulary(manifest.terms, manifest.df, manifest.documents);
    this.synonyms = new Synonyms(manifest.synonyms || []);
    this.threshold = manifest.threshold;
    /* the re-scorer needs the articles' breadth, three numbers an article (an index without
       them, or with a list of another length, keeps its scores) */
    var breadth = manifest.breadth;
    this.breadth = Array.isArray(breadth) && breadth.length === 3 * manifest.documents && breadth.every(isCount) ?
      breadth : null;
    this.rescorer = this.settings.rerank && this.breadth && validRescorer(manifest.rerank) ? manifest.rerank : null;
    this.keys = shardKeys(this.synonyms);
    this.postings = new Map();
    this.loaded = new Set();
    this.last = { query: null };
  }
  /* A count as the index builder writes it: a whole number from 0 to 2^53 - 1 (a damaged
     index's negative, fractional, non-finite or non-numeric value is none). */
  function isCount(v) { return Number.isSafeInteger(v) && v >= 0; }
  /* A re-scorer as bench/search_rerank.py writes it: depth a count from 1 to MAX_RERANK_DEPTH,
     one finite weight per feature name; another (a damaged or foreign index's) is not used. */
  var MAX_RERANK_DEPTH = 100;  /* re-scoring costs one evidence a result: a bound on a query's work */
  /* The numbers a re-scorer may weigh: evidenceOf's numbers that differ between the results of
     one query, and the article's breadth. Any other name (a damaged or foreign model) has no
     value: every re-scored result's exponent would be NaN, which expOf reads as "no change", so
     the whole model would go unused, silently; a name listed twice would have its weights added
     up. Such a model is refused (and said so by the index builder), never applied. */
  var RERANK_FEATURES = ["coverage", "named", "titled", "exact", "heaviest", "phrase", "matched", "mass",
                         "namedMass", "strength", "breadth", "namedBreadth", "titleBreadth"];
  /* What is wrong with a re-scorer ("" when nothing): the index builder refuses to ship such a
     model (a clear error), and an engine given one in a manifest keeps the plain order. */
  function rescorerProblem(r) {
    if (r === null || typeof r !== "object" || Array.isArray(r)) return "it is not an object";
    if (!isCount(r.depth) || r.depth < 1 || r.depth > MAX_RERANK_DEPTH)
      return "depth must be a whole number from 1 to " + MAX_RERANK_DEPTH;
    if (!Array.isArray(r.features) || !Array.isArray(r.weights) || r.features.length !== r.weights.length)
      return "features and weights must be two lists of one length";
    for (var i = 0; i < r.features.length; i++) {
      var f = r.features[i];
      if (typeof f !== "string" || RERANK_FEATURES.indexOf(f) < 0)
        return "unknown feature " + JSON.stringify(f) + " (known: " + RERANK_FEATURES.join(", ") + ")";
      if (r.features.indexOf(f) !== i) return "feature " + JSON.stringify(f) + " is listed twice";
      if (typeof r.weights[i] !== "number" || !isFinite(r.weights[i]))
        return "the weight of " + JSON.stringify(f) + " is not a finite number";
    }
    return "";
  }
  function validRescorer(r) { return rescorerProblem(r) === ""; }
  /* The query's slots and term boosts (the last query's are kept: shardsFor then rank). */
  Engine.prototype.analyse = function (query) {
    query = String(query);
    if (this.last.query !== query) {
      var slots = analyse(query, this);
      this.last = { query: query, slots: slots, boosts: queryBoosts(slots, this.vocab) };
    }
    return this.last;
  };
  /* Shard numbers the query needs that are not loaded yet, ascending. */
  Engine.prototype.shardsFor = function (query) {
    var self = this, need = new Set();
    this.analyse(query).boosts.forEach(function (_, t) {
      var n = shardOf(t, self.manifest.shards, self.keys);
      if (!self.loaded.has(n)) need.add(n);
    });
    return Array.from(need).sort(function (a, b) { return a - b; });
  };
  /* Add a loaded shard: {term: [document, weight, where, ...]} (where: 3 named in the title,
     keywords or tags, 2 in the summary or headings, 1 only in the body); its weights are
     saturated once, here (see saturated). */
  Engine.prototype.addShard = function (n, shard) {
    var self = this, sat = this.settings.weightSaturation;
    Object.keys(shard).forEach(function (t) { self.postings.set(t, sat ? saturated(shard[t], sat) : shard[t]); });
    this.loaded.add(n);
  };
  /* The best documents: {scored: [{ref, score, coverage, matched}], weak}, best first. Score:
     the sum over query terms of boost x weight, divided by the query vector's length, times
     the query's coverage to a power, rounded to four decimals; ties by document number. */
  Engine.prototype.rank = function (query, limit, depth) {
    var self = this, a = this.analyse(query), slots = a.slots, terms = [], boosts = [];
    a.boosts.forEach(function (boost, t) {
      if (!self.loaded.has(shardOf(t, self.manifest.shards, self.keys))) throw new Error("shard of " + t + " not loaded");
      if (self.postings.has(t)) { terms.push(t); boosts.push(boost); }
    });
    if (!terms.length) return { scored: [], weak: false, evidence: null, candidates: [] };
    var norm = Math.sqrt(boosts.reduce(function (sum, b) { return sum + b * b; }, 0));
    var count = terms.length, raw = new Float64Array(this.manifest.documents);
    var where = new Uint8Array(this.manifest.documents * count), seen = new Uint8Array(this.manifest.documents), touched = [];
    var ideal = 0;  /* the raw score of a document that would weigh most for every term */
    terms.forEach(function (t, k) {
      var list = self.postings.get(t), boost = boosts[k], most = 0;
      for (var i = 0; i < list.length; i += 3) {
        var doc = list[i];
        if (!seen[doc]) { seen[doc] = 1; touched.push(doc); }
        if (list[i + 1] > most) most = list[i + 1];
        raw[doc] += boost * list[i + 1] / norm;
        where[doc * count + k] = list[i + 2];
      }
      ideal += boost * most / norm;
    });
    var plan = coveragePlan(slots, terms, this.settings), power = this.threshold.coveragePower;
    /* the re-scorer (or a bench asking for candidates' evidence) weighs the first `depth`
       results whatever the limit, so a list of five is the first five of a list of ten */
    depth = depth || (this.rescorer ? this.rescorer.depth : 0);
    var keep = Math.max(limit || 10, depth), scored = [], floor = -1;
    /* Coverage is at most 1, so no document scores above its raw score: documents are taken
       by raw score and the rest skipped once their raw score is below the keep-th best. */
    touched.sort(function (x, y) { return raw[y] - raw[x] || x - y; });
    for (var d = 0; d < touched.length; d++) {
      var doc = touched[d];
      if (scored.length >= keep && round4(raw[doc]) < floor) break;
      var coverage = coverageOf(plan, where, doc * count);
      var factor = power === 1 ? coverage : power === 0 ? 1 : Math.pow(coverage, power);
      scored.push({ ref: doc, score: round4(raw[doc] * factor), coverage: round4(coverage) });
      if (scored.length >= keep) {
        scored.sort(byScore);
        scored.length = keep;
        floor = scored[keep - 1].score;
      }
    }
    scored.sort(byScore);
    var scale = ln(1 + this.manifest.documents);
    var evidence = scored.length ? evidenceOf(plan, where, count, scored[0], scale) : null;
    if (evidence) {
      evidence.strength = ideal > 0 ? raw[scored[0].ref] / ideal : 0;
      evidence.score = ln(1 + scored[0].score / scale);
    }
    /* the verdict is the query's: whether its best-scored article answers it, before re-scoring */
    var weak = evidence !== null && this.noAnswer(evidence, scored[0]);
    var candidates = [], breadth = this.breadth;
    for (var c = 0; c < Math.min(depth, scored.length); c++) {
      var e = c === 0 ? Object.assign({}, evidence) : evidenceOf(plan, where, count, scored[c], scale), ref = scored[c].ref;
      if (c > 0) {
        e.strength = ideal > 0 ? raw[ref] / ideal : 0;
        e.score = ln(1 + scored[c].score / scale);
      }
      if (breadth) {  /* how broad the article is (the index's "breadth": words held, named, titled) */
        e.breadth = ln(1 + breadth[3 * ref]); e.namedBreadth = ln(1 + breadth[3 * ref + 1]);
        e.titleBreadth = ln(1 + breadth[3 * ref + 2]);
      }
      candidates.push(e);
    }
    if (this.rescorer && candidates.length > 1) rescore(scored, candidates, this.rescorer);
    scored.length = Math.min(scored.length, limit || 10);
    scored.forEach(function (r) { r.matched = terms.filter(function (t, k) { return where[r.ref * count + k] > 0; }); });
    return { scored: scored, weak: weak, evidence: evidence, candidates: candidates };
  };
  /* The re-scorer: a result's score times e^(w . (its evidence - the best result's)), for the
     first rescorer.depth results (each with its evidence in candidates, evidenceOf's
     numbers), then sorted again among themselves, ahead of the rest. w is a pairwise logistic regression fitted by
     bench/search_rerank.py: which of two results of one query is the right article, given
     their scores' logarithms and their evidence; w is its evidence weights over the weight
     of the score. The best result keeps its score; one that answers the question more fully,
     more in what it is about, or its rarest word, rises above one that only scores higher. */
  function rescore(scored, candidates, model) {
    var top = candidates[0];
    for (var c = 1; c < candidates.length; c++) {
      var z = 0;
      for (var i = 0; i < model.features.length; i++) {
        var f = model.features[i];
        z += model.weights[i] * (candidates[c][f] - top[f]);
      }
      scored[c].score = round4(scored[c].score * expOf(z));
    }
    /* only the re-scored are sorted again, and stay ahead of the rest (plain scores): the first
       `depth` results are the same whatever the limit, so a list of twenty starts with the list
       of ten */
    var head = scored.slice(0, candidates.length).sort(byScore);
    for (var k = 0; k < head.length; k++) scored[k] = head[k];
  }
  /* e^x with + - * / only (every JavaScript engine rounds alike): x = n ln 2 + r with |r| at
     most ln 2 / 2, e^r by its series, times 2^n; x clamped to [-30, 30]. */
  function expOf(x) {
    x = x === x ? Math.max(-30, Math.min(30, x)) : 0;  /* NaN (a damaged index's number): as it is */
    var n = Math.floor(x / LN2 + 0.5), r = x - n * LN2, term = 1, sum = 1;
    for (var k = 1; k < 24; k++) { term *= r / k; sum += term; }
    for (; n > 0; n--) sum *= 2;
    for (; n < 0; n++) sum /= 2;
    return sum;
  }
  /* Whether the best result is no good answer: below minScore or minCoverage, or when the
     no-answer model (a logistic regression fitted by bench/search_fit.py, shipped in the
     manifest) finds bias + weights x evidence below its cut. */
  Engine.prototype.noAnswer = function (evidence, best) {
    var t = this.threshold, model = t.model;
    if (best.score < t.minScore || best.coverage < t.minCoverage) return true;
    if (!model) return false;
    var z = model.bias;
    for (var i = 0; i < model.features.length; i++) z += model.weights[i] * evidence[model.features[i]];
    return z < model.cut;
  };
  /* A term's weight sums its BM25 over the fields that name it, so an article that repeats
     one word in its title, keywords, summary, tags and headings weighs it up to fifteen times
     a body mention: that word is what the article is about, but it is one word of the query.
     Its weight grows ever more slowly (w / (1 + w / sat), only + and /, so every engine
     rounds alike), and an article answering several of the query's words is not outranked
     by one that names a single word everywhere. Applied once, as a shard is added, to a copy
     (a shard given to two engines is saturated once in each). */
  function saturated(list, sat) {
    var out = list.slice();
    for (var i = 1; i < out.length; i += 3) out[i] = out[i] / (1 + out[i] / sat);
    return out;
  }
  function byScore(x, y) { return y.score - x.score || x.ref - y.ref; }
  /* How many ranked results a list shows: those scoring at least SHOWN.relative of the best
     (below that an article only mentions the question's words in passing: on the
     development sets 0.5% of first right answers score lower), never fewer than SHOWN.least
     when there are that many, at most `most`; with no good answer only SHOWN.weak closest
     matches. */
  var SHOWN = { relative: 0.2, least: 3, weak: 3 };
  function plausible(ranked, most) {
    var scored = ranked.scored, count = 0;
    while (count < scored.length && scored[count].score >= SHOWN.relative * scored[0].score) count++;
    count = Math.min(Math.max(count, Math.min(SHOWN.least, scored.length)), most);
    return ranked.weak ? Math.min(count, SHOWN.weak) : count;
  }
  /* The slots as flat arrays for coverageOf: per slot its weight, whether it is a guess, and
     per clause the term's column in the where table, its credit, whether it names and whether
     it is the query word's own term. */
  function coveragePlan(slots, terms, s) {
    var column = new Map(terms.map(function (t, k) { return [t, k]; })), plan = { s: s, slots: [] };
    slots.forEach(function (slot) {
      var clauses = [];
      slot.clauses.forEach(function (cl) {
        if (column.has(cl.term))
          clauses.push([column.get(cl.term), cl.credit, cl.boost >= s.incidentalBoost, cl.term === slot.own]);
      });
      plan.slots.push({ weight: slot.weight, guess: slot.guess === true ? 1 : slot.guess ? 2 : 0, clauses: clauses,
                        pairs: slot.pairs === true });
    });
    return plan;
  }
  /* Weighted share of slots a document answers: per slot the best credit of its terms, a term
     only in the body answering bodyCredit of it. A guessed word the document does not answer
     is incidental to it (a name, a username, a product to install, a code) when the
     document names nearly all the words the index knows, exactly, in its title, keywords or
     tags: it then weighs incidentalWeight of its weight. where[row + column]: 3 named in the
     title, keywords or tags, 2 in the summary or headings, 1 only in the body, 0 absent. */
  function coverageOf(plan, where, row) {
    var s = plan.s, named = 0, knownTotal = 0, answered = 0, total = 0, missed = 0;
    for (var i = 0; i < plan.slots.length; i++) {
      var slot = plan.slots[i], credit = 0, naming = 0;
      for (var j = 0; j < slot.clauses.length; j++) {
        var cl = slot.clauses[j], level = where[row + cl[0]];
        if (level) credit = Math.max(credit, cl[1] * (level === 1 ? s.bodyCredit : 1));
        if (level === 3 && cl[2]) naming = Math.max(naming, cl[1]);
      }
      answered += slot.weight * credit;
      total += slot.weight;
      if (slot.guess === 0) { named += slot.weight * naming; knownTotal += slot.weight; }
      else if (slot.guess === 1 && credit === 0) missed += slot.weight;
    }
    if (knownTotal > 0 && named >= s.incidentalCoverage * knownTotal) total -= missed * (1 - s.incidentalWeight);
    return total > 0 ? answered / total : 0;
  }

  /* ---- no good answer ---- */

  /* How a document answers one content slot of the query: credit (as coverage counts it),
     named (credit of its terms in the title, keywords, tags, summary or headings), titled
     (in the title, keywords or tags) and exact (credit of the word itself, not of a synonym,
     a correction or a completion). */
  function slotAnswers(slot, s, where, row) {
    var out = { credit: 0, named: 0, titled: 0, exact: 0 };
    for (var j = 0; j < slot.clauses.length; j++) {
      var cl = slot.clauses[j], level = where[row + cl[0]];
      if (!level) continue;
      var credit = cl[1] * (level === 1 ? s.bodyCredit : 1);
      out.credit = Math.max(out.credit, credit);
      if (level >= 2) out.named = Math.max(out.named, cl[1]);
      if (level === 3) out.titled = Math.max(out.titled, cl[1]);
      if (cl[3]) out.exact = Math.max(out.exact, credit);
    }
    return out;
  }
  /* The evidence that the best result answers the query: numbers the no-answer model weighs
     (Engine.noAnswer), each measuring one phenomenon. Shares are of the query's word weight
     (by rarity); named, titled and exact are shares of the words the index knows something
     of, unknown says how much of the query that leaves out:
     - coverage: the best result's coverage, how much of the question it answers;
     - named: the share it answers in what it is about (title, keywords, tags, summary,
       headings), not only in passing in its body: a word used in another sense than the
       site's ("order a desk" against "service desk") is rarely in what an article is about;
     - titled: the same for the title, keywords and tags alone, what the article is named for;
     - exact: the share answered by the query's own words: an answer found only through
       synonyms, corrections and completions is a guess (an unknown word "corrected" into a
       known one is often a word the site never uses);
     - unknown: the share of words the index knows nothing of (no term, no correction): a
       question about something the site does not cover names things it never mentions;
     - guessed: the share of words the index does not know that were answered only through
       a correction or a completion: such a guess is often a word the site never uses
       ("fridge") turned into one it does;
     - heaviest: how fully the best result answers the query's rarest word, the most specific
       one (a result that answers only the common words of a question answers another one);
     - phrase: 1 when two neighbouring query words are neighbours in the best result too;
     - strength: the best result's score over the score of a document that weighed most for
       every term of the query (is it the article most about each word, or a bystander?);
     - score: the best score on a logarithmic scale, relative to the logarithm of the
       number of articles (the scale of idf), so that sites of any size compare.
     Most numbers above are shares, and shares shrink as a question grows longer (greetings, context, a story around
     the problem), while an answer's evidence does not: a long question answered in three of
     its words is answered as well as a short one answered in the same three. So three
     amounts, not shares, each on a logarithmic scale (scale: the logarithm of the number of
     articles, the scale of idf):
     - mass: the word weight the best result answers (as coverage credits it);
     - namedMass: the word weight it answers in what it is about (as named);
     - matched: how many of the query's words it answers at all. */
  function evidenceOf(plan, where, count, best, scale) {
    var s = plan.s, e = { coverage: best.coverage, named: 0, titled: 0, exact: 0, unknown: 0, guessed: 0, heaviest: 0, phrase: 0,
      mass: 0, namedMass: 0, matched: 0 };
    var total = 0, known = 0, heaviest = -1, row = best.ref * count;
    for (var i = 0; i < plan.slots.length; i++) {
      var slot = plan.slots[i];
      if (slot.pairs) {
        for (var j = 0; j < slot.clauses.length; j++) if (where[row + slot.clauses[j][0]]) e.phrase = 1;
      }
      if (!(slot.weight > 0)) continue;
      var w = slot.weight, answers = slotAnswers(slot, s, where, row);
      total += w;
      if (!slot.clauses.length) e.unknown += w;
      else known += w;
      if (slot.guess && slot.clauses.length) e.guessed += w;
      e.named += w * answers.named; e.titled += w * answers.titled; e.exact += w * answers.exact;
      e.mass += w * answers.credit; e.namedMass += w * answers.named; if (answers.credit > 0) e.matched += 1;
      if (w > heaviest) { heaviest = w; e.heaviest = answers.credit; }
    }
    if (known > 0) { e.named /= known; e.titled /= known; e.exact /= known; }
    if (total > 0) { e.unknown /= total; e.guessed /= total; }
    e.mass = ln(1 + e.mass / scale); e.namedMass = ln(1 + e.namedMass / scale); e.matched = ln(1 + e.matched);
    return e;
  }

  root.KbgenSearch = {
    Engine: Engine, DEFAULTS: DEFAULTS, STOP_WORDS: STOP_WORDS, SYMPTOM_TERM: SYMPTOM_TERM,
    PHRASE_JOINER: PHRASE_JOINER, MAX_WORD: MAX_WORD, MAX_QUERY: MAX_QUERY,
    plausible: plausible, expOf: expOf, rescorerProblem: rescorerProblem, RERANK_FEATURES: RERANK_FEATURES, normalize: normalize, words: words, stem: stem, term: term, documentTerms: documentTerms,
    phraseTerms: phraseTerms, analyseDocument: analyseDocument, assignShards: assignShards,
    ln: ln, editDistanceAtMost: editDistanceAtMost, edits1: edits1, typoCandidates: typoCandidates, Vocabulary: Vocabulary,
    Synonyms: Synonyms
  };
})(typeof globalThis !== "undefined" ? globalThis : this);
