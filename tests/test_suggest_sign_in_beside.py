"""What the words beside a sign-in say (round 17): the thing signed in to that the KB lacks keeps the
cluster a gap, even when the export writes it in other problems too; a word that merely begins like
a field word or holds one is no sign-in; the site's search answering most members with one sign-in
article decides. Every article, subject and word here is invented for these tests."""
from __future__ import annotations

import numpy as np
import pytest

from kbgen.suggest.kb_vocabulary import KbVocabulary
from kbgen.suggest.sign_in import _signs_in, searched_account
from kbgen.suggest.shared import stem
from tests.test_suggest_sign_in_words import ACCOUNT_ARTICLES, ARTICLES, BACKGROUND, _found, _kb


def _update_naming(found, thing: str) -> bool:
    """True when ``found`` is an update of a sign-in article whose words to add name ``thing``."""
    return found.verdict == "partial" and found.article_id in ACCOUNT_ARTICLES and \
        {stem(w) for w in thing.split()} <= set(found.missing)


@pytest.mark.parametrize("subjects", [{"zylotab login rejected": 12},
                                      {"zylotab logon refused": 8, "zylotab logon fails": 4}])
def test_a_new_system_with_other_problems_beside_its_sign_in_is_an_update_naming_it(subjects):
    """A new system the KB never names has several problems in the export, one of them signing in: the
    system's word is written in its other problems too, yet it is still what the members sign in to.
    Until round 20 its sign-in cluster stayed a gap; round 21 changed the policy: the fitted sign-in
    model reads the cluster as sign-in trouble, so it is an update of an account article whose words to
    add name the system (never covered, never an article about the system's other problems)."""
    background = {**BACKGROUND, "zylotab screen frozen": 15, "zylotab receipt roll empty": 12,
                  "zylotab very slow": 10}
    assert _update_naming(_found(subjects, background), "zylotab")


@pytest.mark.parametrize("thing", ["kiln timer", "choir rota"])
def test_a_thing_only_these_members_write_beside_a_sign_in_is_an_update_naming_it(thing):
    """The thing signed in to that the KB lacks is written almost only by those who cannot sign in to
    it. Until round 20 it kept the cluster a gap; round 21 changed the policy: the cluster is an update
    of an account article whose words to add name the thing."""
    subjects = {f"{thing} password refused": 9, f"cannot log in to the {thing}": 4}
    assert _update_naming(_found(subjects), thing)


@pytest.mark.parametrize("text", ["passport photo upload fails", "password-protected pdf will not open",
                                  "usernotes export empty"])
def test_a_word_that_begins_or_holds_a_field_word_is_no_sign_in(text):
    """A word that merely begins like a field word, or holds one glued to another word, is another
    word: neither is read as signing in."""
    assert not _signs_in(text, _kb({"password": 90, "reset": 40}))


def test_search_answering_members_with_an_account_article_names_it():
    """The favourite of search's answers decides, on its own share: an account-titled article answering
    most members is returned; any other article (a paper jam), an account article answering too few
    members alone (its share only reaching the bar with the related articles beside it), or no answer
    at all is not."""
    kb = KbVocabulary.of(ARTICLES)
    position = {a.id: k for k, a in enumerate(ARTICLES)}
    support = np.zeros(len(ARTICLES))
    support[position["KB0103"]] = 0.9
    assert ARTICLES[searched_account(support, kb, 0.75)].id == "KB0103"
    support[:] = 0
    support[position["KB0103"]], support[position["KB0101"]], support[position["KB0102"]] = 0.4, 0.3, 0.2
    assert searched_account(support, kb, 0.75) is None
    support[:] = 0
    support[position["KB0104"]] = 0.9
    assert searched_account(support, kb, 0.75) is None
    assert searched_account(np.zeros(len(ARTICLES)), kb, 0.75) is None
