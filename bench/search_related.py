"""Experiment (round 8): related terms learnt from the site's topic lines (kbgen/search/related.py),
added to query words at a low boost, rank only; prints every development set's figures against
the plain engine for each setting given as MIN_PMI,PER_TERM,BOOST,MIN_PAIR. Measured and not kept."""
import sys, json, itertools
sys.path.insert(0, 'bench'); sys.path.insert(0, '.')
from types import SimpleNamespace
import search_quality as q
from kbgen.build import load_project
from kbgen.search import related as R
from kbgen.search.engine import SearchEngine
from kbgen.search.vocabulary import TOPIC_FIELDS
from kbgen.search.index import article_document
corpus, _ = load_project(q.EVAL / 'kb')
names = {s.id: s.name for s in corpus.config.services}
docs = [article_document(a, '/x/', names) for a in corpus.published]
lines = [(i, line) for i, d in enumerate(docs) for f in TOPIC_FIELDS for line in d.fields.get(f, '').split('\n') if line.strip()]
base_engine, files = q.build_engine(q.EVAL / 'kb')
sets = q.query_sets(SimpleNamespace(queries=None, frozen=False))
def summary(engine):
    out = {}
    for name, rows in sets.items():
        answers, _ = q.run_engine(engine, rows)
        m = q.metrics(rows, answers)
        out[name] = m
    return out
def fmt(m):
    parts = []
    for name, f in m.items():
        w = f.get('written'); s = f.get('subject'); u = f.get('unanswerable')
        parts.append(name + ' ' + (f"w{w['MRR@10']:.3f}/{w['R@3']:.3f}/{w['weak']:.2f} " if w else '') + (f"s{s['MRR@10']:.3f} " if s else '') + (f"u{u['no-answer']:.2f}" if u else ''))
    return '\n   '.join(parts)
base = summary(base_engine)
print('BASE\n   ' + fmt(base))
manifest = json.loads(files['search/manifest.json'])
configs = [(float(a), int(b), float(c), int(d)) for a, b, c, d in (x.split(',') for x in sys.argv[1:])]
for min_pmi, per, boost, minpair in configs:
    R.MIN_PMI, R.PER_TERM, R.MIN_PAIR = min_pmi, per, minpair
    rel = R.related_terms(lines)
    m = dict(manifest, related=rel, settings=dict(manifest['settings'], relatedBoost=boost))
    eng = SearchEngine.load(dict(files, **{'search/manifest.json': json.dumps(m).encode()}))
    res = summary(eng)
    print(f'pmi>={min_pmi} per {per} boost {boost} minpair {minpair}: {len(rel)} terms, {len(json.dumps(rel))} bytes')
    print('   ' + fmt(res))
    # deltas
    d = []
    for name in res:
        for st in ('written', 'subject'):
            if st in res[name]:
                d.append(f"{name[:9]}:{st[0]}{res[name][st]['MRR@10']-base[name][st]['MRR@10']:+.3f}")
    print('   DELTA ' + ' '.join(d))
