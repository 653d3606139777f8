"""Measure WordNet bridges: query words the site never uses answered by related site words.

Usage: python bench/search_lexicon.py [named,senses,hyponyms,hypernyms,minlen,nounhyponyms,cap,boost,credit ...] [--fast] [--diff] [--none]

An experiment of the sixth round, kept in history only (the commit after this one removes it and
the engine's ``bridges`` hook): at build time, every word of Debian's WordNet 3.0
(/usr/share/wordnet, package wordnet-base) that the site never uses but that shares one of a
site word's first senses (or names a more specific kind of it: a hyponym) is mapped to that
site word; a query word the index lacks is then answered by those site words at a discount
(bridgeBoost, bridgeCredit) instead of being corrected as a typo. Figures: README "Search".
"""
import re
import sys
from collections import defaultdict
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
WN = '/usr/share/wordnet/'
POS = {'n': 'noun', 'v': 'verb', 'a': 'adj'}

def load():
    synsets = {}  # (pos, offset) -> (lemmas, pointers)
    index = defaultdict(list)  # lemma -> [(pos, offset)] in sense order
    for p, name in POS.items():
        for line in open(WN + 'data.' + name, encoding='latin-1'):
            if line.startswith('  '): continue
            f = line.split(' ')
            off = f[0]; wcnt = int(f[3], 16)
            lemmas = [f[4 + 2 * i].lower() for i in range(wcnt)]
            lemmas = [re.sub(r'\(.*\)$', '', l) for l in lemmas]
            i = 4 + 2 * wcnt; pcnt = int(f[i]); i += 1
            ptrs = []
            for _ in range(pcnt):
                ptrs.append((f[i], f[i + 1], f[i + 2])); i += 4
            synsets[(p, off)] = (lemmas, ptrs)
        for line in open(WN + 'index.' + name, encoding='latin-1'):
            if line.startswith('  '): continue
            f = line.split()
            lemma = f[0]; pc = int(f[3]); syn = int(f[2])
            offs = f[-syn:]
            index[lemma] += [(p, o) for o in offs]
    return synsets, index

def bridges(site_words, senses=2, hypo=True, hyper=False, minlen=1, nounhypo=False, cap=99):
    """{word the site never uses: [site words]}: lemmas sharing one of a site word's first
    senses (and optionally its hyponyms: more specific names for it)."""
    synsets, index = load()
    out = defaultdict(set)
    for w in site_words:
        for key in index.get(w, [])[:senses]:
            lemmas, ptrs = synsets[key]
            related = list(lemmas)
            for sym, off, pos in ptrs:
                pos = 'a' if pos == 's' else pos
                if (hypo and sym == '~' and (not nounhypo or key[0] == 'n')) or (hyper and sym == '@'):
                    if (pos, off) in synsets: related += synsets[(pos, off)][0]
            for l in related:
                if '_' in l or l in site_words or not l.isalpha() or len(l) < minlen: continue
                out[l].add(w)
    return {k: sorted(v) for k, v in out.items() if len(v) <= cap}
import glob, json
import search_quality as q
from kbgen.search.engine import SearchEngine
from types import SimpleNamespace
def site_words(named_only):
    words = set(); named = set()
    for f in glob.glob('/work/shared/eval/kb/content/articles/*.md'):
        text = open(f).read().lower()
        words |= set(re.findall(r'[a-z]+', text))
        head = [l for l in text.splitlines() if l.startswith(('title:', 'summary:', 'keywords:', 'tags:', '#', '- '))]
        named |= set(re.findall(r'[a-z]+', ' '.join(head)))
    return words, (named if named_only else words)
engine, files = q.build_engine(q.EVAL / 'kb')
manifest = json.loads(files['search/manifest.json'])
sets = q.query_sets(SimpleNamespace(queries=None, frozen=False))
def run(label, bridges, settings=None):
    m = dict(manifest, bridges=bridges)
    if settings: m['settings'] = dict(manifest.get('settings') or {}, **settings)
    eng = SearchEngine.load(dict(files, **{'search/manifest.json': json.dumps(m).encode()}))
    print('##', label, len(bridges))
    for name, rows in sets.items():
        if name == 'eval-subjects' and '--fast' in sys.argv: continue
        print(name, q.line('', q.metrics(rows, q.run_engine(eng, rows)[0])))
variants = [a for a in sys.argv[1:] if not a.startswith('--')]
for v in variants:
    named_only, senses, hypo, hyper, minlen, nounhypo, cap, boost, credit = v.split(',')
    words, anchors = site_words(named_only == '1')
    b = bridges(anchors, senses=int(senses), hypo=hypo == '1', hyper=hyper == '1', minlen=int(minlen), nounhypo=nounhypo=='1', cap=int(cap))
    b = {k: [w for w in vs] for k, vs in b.items() if k not in words}
    run(v, b, {'bridgeBoost': float(boost), 'bridgeCredit': float(credit)})
if '--none' in sys.argv: run('none', {})
if '--diff' in sys.argv:
    words, anchors = site_words(False)
    b = bridges(anchors, senses=2, hypo=True)
    b = {k: v for k, v in b.items() if k not in words}
    m = dict(manifest, bridges=b)
    eng = SearchEngine.load(dict(files, **{'search/manifest.json': json.dumps(m).encode()}))
    for name in ['check-v3', 'check-v4', 'check-v5', 'own-dev', 'check-v2']:
        rows = sets[name]
        a0 = q.run_engine(engine, rows)[0]; a1 = q.run_engine(eng, rows)[0]
        for (qq, rel, st), (i0, w0), (i1, w1) in zip(rows, a0, a1):
            r0 = next((k for k, i in enumerate(i0[:10]) if i in rel), None); r1 = next((k for k, i in enumerate(i1[:10]) if i in rel), None)
            if (r0, w0) != (r1, w1):
                used = [ (w, b[w]) for w in re.findall(r'[a-z]+', qq.lower()) if w in b]
                print(f"{name} {st} rank {r0}->{r1} weak {w0}->{w1} | {qq[:80]} | {used}")
