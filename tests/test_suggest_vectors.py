"""The fast TF-IDF of :mod:`kbgen.suggest.vectors` gives scikit-learn's numbers, chunk by chunk."""
from __future__ import annotations

import random

import numpy as np
import pytest
from scipy.sparse import hstack
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize

from kbgen.suggest import vectors
from kbgen.suggest.cluster import embed
from kbgen.suggest.vectors import CharGrams, TextVectors, chunked

WORDS = ("printer", "offline", "vpn", "drops", "every", "hour", "outlook", "crashes", "on", "start", "can't",
         "sign", "in", "to", "the", "portal", "wi-fi", "e-mail", "Straße", "ÉCOLE", "İstanbul", "a", "ab", "x2")
ODD = ["", " ", "a", "ab cd", "\t\x1c x\u2003y  \u00a0z ", "İİİ", "ǅemal"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choices(WORDS, k=rng.randrange(1, 12))) for _ in range(count)] + ODD


def _same(ours, theirs, stored: bool = False) -> None:
    """The same matrix; ``stored``: also stored in the same order (so sums over rows are equal to the bit)."""
    ours, theirs = ours.copy(), theirs.copy()
    if not stored:
        ours.sort_indices()
        theirs.sort_indices()
    assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
    assert np.array_equal(ours.indptr, theirs.indptr) and np.array_equal(ours.indices, theirs.indices)
    assert np.array_equal(ours.data, theirs.data)


@pytest.mark.parametrize("min_df", [1, 2, 5])
def test_char_grams_count_as_scikit_learn(min_df):
    fit, texts = _texts(300, 1), _texts(200, 2)
    reference = CountVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=min_df, dtype=np.float32).fit(fit)
    ours = CharGrams().fit(fit, min_df)
    assert sorted(ours.vocabulary, key=ours.vocabulary.get) == list(reference.get_feature_names_out())
    _same(ours.counts(texts), reference.transform(texts))


def test_text_vectors_equal_the_two_vectorisers_side_by_side():
    fit, texts = _texts(300, 3), _texts(100, 4)
    words = TfidfVectorizer(sublinear_tf=True, min_df=2, ngram_range=(1, 2), stop_words="english",
                            token_pattern=vectors.WORD_PATTERN, dtype=np.float32)
    chars = TfidfVectorizer(sublinear_tf=True, min_df=2, analyzer="char_wb", ngram_range=(3, 5), dtype=np.float32)
    fitted = normalize(hstack([words.fit_transform(fit), chars.fit_transform(fit)]).tocsr())
    model = TextVectors(2)
    _same(model.fit_transform(fit), fitted, stored=True)
    _same(model.transform(texts), normalize(hstack([words.transform(texts), chars.transform(texts)]).tocsr()),
          stored=True)


def test_no_vocabulary_is_an_error_only_when_both_parts_are_empty():
    assert TextVectors(1).fit_transform(["ab", "ab"]).shape[0] == 2  # "ab" is a word and has n-grams
    with pytest.raises(ValueError):
        TextVectors(2).fit_transform(["", " "])


def test_embedding_a_chunk_at_a_time_changes_nothing(monkeypatch):
    texts = _texts(400, 5)
    whole = embed(texts, fit_on=texts[::3])
    monkeypatch.setattr(vectors, "CHUNK", 37)
    assert np.array_equal(embed(texts, fit_on=texts[::3]), whole)
    assert whole.dtype == np.float32 and np.allclose(np.linalg.norm(whole, axis=1)[np.abs(whole).sum(axis=1) > 0], 1,
                                                     atol=1e-5)


def test_embedding_in_forked_workers_gives_the_same_rows(monkeypatch):
    texts = _texts(400, 5)
    alone = embed(texts, fit_on=texts[::3], workers=1)
    monkeypatch.setattr(vectors, "PARALLEL_MIN", 50)
    monkeypatch.setattr(vectors, "CHUNK", 37)
    if not vectors.can_fork(2, len(texts), 50):
        pytest.skip("this platform cannot fork")
    assert np.array_equal(embed(texts, fit_on=texts[::3], workers=2), alone)


def test_chunked_fills_every_row():
    rows = chunked(list("abcdefg"), lambda part: np.array([[ord(c)] for c in part], dtype=np.float32), 1, chunk=3)
    assert rows.ravel().tolist() == [float(ord(c)) for c in "abcdefg"]


def test_embedding_does_not_depend_on_the_number_of_blas_threads():
    """The SVD is fitted with one BLAS thread whatever the caller allows: two threads round the QR
    otherwise (and their spinning costs CPU on a busy machine), so the vectors, and every cluster,
    would depend on how many cores the machine has."""
    from threadpoolctl import threadpool_info, threadpool_limits

    with threadpool_limits(4):
        if max((pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"), default=1) < 2:
            pytest.skip("BLAS runs one thread here (one core or OPENBLAS_NUM_THREADS=1): nothing to compare")
    rng = random.Random(7)
    words = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randrange(4, 10))) for _ in range(3000)]
    texts = [" ".join(rng.choices(words, k=rng.randrange(3, 15))) for _ in range(1500)]
    with threadpool_limits(1):
        one = embed(texts)
    with threadpool_limits(4):
        four = embed(texts)
    assert one.shape == (1500, 150) and np.array_equal(one, four)
