"""The generic account-problem vocabulary of other languages, read as the English words a KB uses.

Phenomenon: every desk that serves people of several languages receives its most frequent
requests, a forgotten secret and an account that no longer opens, in those languages (German
"vergessen", French "bloqué", Polish "hasła"), while its knowledge base is written in one.
Coverage compares a cluster's words with the articles' words, so a password reset written in
Dutch shares no word with an English article on resetting a password and looked like a topic
nobody wrote about: the top "new article" proposals of a multilingual export were password resets.

What is listed is one small, closed concept field, not the tickets' words: password, account,
forgotten, reset, locked or blocked, expired, and signing in, in the official languages of the
European Union (Estonian, Latvian, Lithuanian and Maltese included) and other languages widely spoken by office staff in Europe (Norwegian, Catalan,
Afrikaans, Turkish,
Russian, Ukrainian, Welsh, Irish, Tagalog, Indonesian, Vietnamese written in Latin script), as a
dictionary gives them: infinitive, participle and the forms people type in a subject ("vergessen",
"oublié", "zapomniałem"), accents optional; a form that is spelt as an English word once its
accents are gone ("expiré") is left out (English words are the KB's own). Each word is read as the English words the concept is
written with; coverage then uses them only where the KB itself uses them. The lists need not
be complete: beside a word of the field, the words a KB written in one language never uses are
that language's words and say nothing it could answer (``coverage._spoken_in_field``), so a verb
missing here (a verb of making new, of losing) costs nothing when the noun is there. The verbs stay listed
for the requests that borrow the English noun and keep their own verb: without them such a
request looked like "<system> password", the password problem of a system the KB lacks. Languages written without
spaces between words (Chinese, Japanese) are not read this way: their subjects are one token.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Callable, Sequence

from ..fold import unaccented
from .shared import PLACEHOLDER, stem, words_of

PASSWORD_NAMES = ("password", "passcode", "passphrase", "passwd")
"""The English words that name a password and nothing else: the one source of the sign-in concept's
password words and of redaction's password cues (``pii_secrets.PASSWORD_WORDS``)."""
SIGN_IN_WORDS = frozenset(stem(w) for w in (*PASSWORD_NAMES, *"login logon signon username userid credential".split(),
                                              *"otp totp".split()))
# stem() folds the plurals
"""Words of the account field that mean nothing but signing in. The field's other words have
everyday senses (a machine or a door locks, a permit or a licence expires, a counter is reset, a
form is signed, a customer has an account), so a phrase written with those alone may be about
anything that locks or runs out; with one of these it is about getting into a system. A one-time
password ("OTP", "TOTP") is a password too, the second step of signing in. "OTP" also means on-time
performance (transport, deliveries: a report's figure); read as signing in, such a cluster still
stays a gap, since its other words are a topic the account articles do not use (the quarter rule
of ``sign_in.account_kind``). Reading it as a field word only cost real one-time-password requests
(a code that never arrives) more than the rare figure's cluster gained."""
REFUSED = frozenset(stem(w) for w in """reject rejected rejects refuse refused refuses deny denied denies
    decline declined declines invalid incorrect wrong bad accept accepted accepts""".split())
"""The English predicates of a system refusing what was typed ("rejected", "denied", "invalid", "wrong",
"not accepted": "not" is a stop word, so the last is read as "accept"). English only: a refusal written
in another language is not read (its cluster stays a gap unless other rules answer it). A closed class of words, not
the tickets' words: beside a word that only means signing in they say that signing in failed, which
the account articles answer for every system; they name no thing the members sign in to (see
``sign_in.beside_signing_in``). What fails otherwise ("not working", "blank", "slow") is left out:
beside a sign-in word it may be another topic ("<system> page blank after signing in")."""
SIGN_IN_PHRASE = re.compile(r"\b(?:sign(?:s|ed|ing)?|log(?:s|ged|ging)?)[ -]?(?:in|on)(?:to)?\b", re.IGNORECASE)
"""The phrasal verbs of opening a session, written open, closed or hyphenated ("sign in", "logged
on", "log-in", "signing into"): the stop-word list drops their particle, so the words alone do not show them.
Linear: no nested quantifier."""
LOCKED_OUT = re.compile(r"\block(?:s|ed|ing)?[ -]?(?:(?:me|us|you|him|her|them)[ -])?out\b", re.IGNORECASE)
"""An account lockout written as one word, open or hyphenated ("lockout", "locked out", "lock-out"),
or the phrasal verb with its object between ("the portal locks us out"): "out" is what makes it losing
one's way in (to an account, or a door the KB's door articles answer) rather than a thing's lock
("cabinet locked", "file locked for editing"). Linear: no nested quantifier."""

_FIELD: dict[tuple[str, ...], str] = {
    # the secret people type to sign in
    ("password",): """passwort kennwort passwörter motdepasse mdp contraseña contrasena clave senha senhas
        palavra-passe wachtwoord paswoord hasło hasła haslo hasla parola lösenord lösenordet passord passordet
        adgangskode kodeord salasana salasanan heslo hesla jelszó jelszavam parolă şifre şifremi sifre sifremi
        пароль пароля κωδικός cyfrinair pasfhocal katasandi mậtkhẩu geslo lozinka lozinku
        парола contrasenya wagwoord salasõna- parooli- paroli slaptažod-""",
    # the person's sign-in identity
    ("account",): """konto kontot compte cuenta conta účet ucet účtu fiók cont hesap hesabım учетная
        запись cyfrif cuntas akun akaunt tili tilin kontoen kontu paskyr- kasutajakonto-""",
    # "I forgot it"
    ("forgot", "forgotten"): """vergessen vergesse oublié oubliée oublie olvidé olvide olvidada olvidado olvidó
        esqueci esquecida esquecido esqueceu vergeten zapomniałem zapomniałam zapomniane zapomniany zapomnialem
        zapomnialam dimenticata dimenticato glömt glömde glemt glemte zapomenuté zapomněl zapomněla
        zapomenute zapomnel elfelejtettem elfelejtett uitat uitată unohtunut unohdin unohtui unuttum unutmuşum
        unuttu забыл забыла забув забула anghofio anghofiais dearmad nakalimutan lupa quên oblidat oblidada vergeet unusta- aizmirs-
        pamirš- insej- nsej-""",
    # "I can't remember it": the verb of remembering, negated in the request
    ("forgot", "remember"): """pamiętam pamietam erinnern erinnere souviens rappelle recuerdo acuerdo lembro
        herinner ricordo minns husker pamatuji pamatuju emlékszem помню пам'ятаю cofio ingat""",
    # make a new one / set it back
    ("reset",): """zurücksetzen zurucksetzen rücksetzen réinitialiser reinitialiser réinitialisation
        reinitialisation restablecer restablecimiento resetear reiniciar redefinir redefinição redefinicao
        resetten herstellen zresetować zresetowac resetowanie reimpostare reimpostazione ripristinare
        återställ återställa aterstall tilbakestill tilbakestille nulstil nulstille nollaa palauta obnovit
        resetovat obnovení visszaállítás resetare sıfırla sifirla sıfırlama sifirlama сбросить сброс скинути
        ailosod athshocrú aturulang restablir herstel lähtesta- atiestat- atkur- atstat-""",
    # cannot be used after too many attempts
    ("locked", "lockout"): """gesperrt sperre bloqué bloquée bloque bloquee verrouillé verrouillée verrouille
        bloqueada bloqueado bloqueo geblokkeerd vergrendeld zablokowane zablokowany zablokowana zablokowało
        bloccato bloccata bloccati bloquejat bloquejada spärrat spärrad sperret sperra lukittu lukossa zablokován
        zablokovaný zablokovaná zablokovan zablokovany zárolva zárolt blocat blocată kilitlendi kilitli
        заблокирован заблокирована заблоковано terkunci khóa lukus- bloķēt- bloķēj- užblok-
        imsakk- imblukk- imblokk-""",
    # no longer valid after its time
    ("expired",): """abgelaufen caducada caducado vencida vencido expirada expirado verlopen
        wygasło wygasł wygaslo wygasl scaduta scaduto utgånget utgått utløpt utlopt udløbet vanhentunut
        vanhentui vypršelo vypršela vyprselo lejárt expirat süresi doldu истек истёк закінчився kadaluarsa
        aegu- beidzies beigties nebegalioj-""",
    # opening a session
    ("sign", "login"): """anmelden anmeldung einloggen connexion connecter iniciar sesión sesion
        acceder inicio entrar acesso inloggen aanmelden logowanie zalogować zalogowac zaloguje accedere accesso
        logga inloggning logge pålogging innlogging kirjautuminen kirjaudu přihlášení prihlaseni přihlásit
        bejelentkezés bejelentkezni autentificare conectare giriş giris вход войти увійти mewngofnodi
        logáil masuk đăngnhập sisselogi- pieteik- prisijung-""",
}
"""Concept -> its words in other languages (stemmed and accent-folded when read). A word ending in "-"
is a dictionary stem of a language that inflects by endings (Estonian, Latvian, Lithuanian, Maltese:
"unusta-" for unustama, unustasin, unustatud): it stands for every word that begins with it (see
:func:`english_words`). A form that is an ordinary word of another language listed here is left
out: Latvian "konts" stems to Dutch "kont", Estonian "parool" is a Dutch word (only its longer
forms, "parooli-", are listed), Latvian "parole" is English (its object form "paroli", the one a
request to reset it takes, is listed: no word of another language here). A phrase of
several words ("mot de passe", "kata sandi", "mật khẩu") is written here joined; :func:`join_phrases`
joins it in the text the same way."""

_PHRASES = {"mot de passe": "motdepasse", "kata sandi": "katasandi", "mật khẩu": "mậtkhẩu", "mat khau": "mậtkhẩu",
            "atur ulang": "aturulang", "đăng nhập": "đăngnhập", "dang nhap": "đăngnhập"}
"""Multi-word names of the concept, joined into the one token the field lists."""
_PHRASE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True)) + r")(?!\w)")


def fold(word: str) -> str:
    """A word in lower case without accents ("hasła" -> "hasla", "lösenord" -> "losenord"): people
    type both, on keyboards with and without them."""
    return unaccented(word.lower())


def join_phrases(text: str) -> str:
    """Lower-case text with the concept's multi-word names joined into one token."""
    return _PHRASE.sub(lambda m: _PHRASES[m.group(0)], text) if " " in text else text


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for english, words in _FIELD.items():
        read_as = {stem(w) for w in english}
        for word in (w for w in words.split() if not w.endswith("-")):
            for form in {stem(fold(word)), fold(stem(word.lower()))}:
                if form not in read_as:
                    table.setdefault(form, set()).update(read_as)
    return {w: frozenset(v) for w, v in table.items()}


@functools.lru_cache(maxsize=1)
def field_terms() -> frozenset[str]:
    """The stemmed English words the account concept field is written with (password, account,
    forgot, reset, lock, lockout, expired, sign, login): what the field's words of other languages
    are read as."""
    return frozenset(stem(w) for english in _FIELD for w in english)


_ACCOUNT = stem("account")
_LOSING_ACCESS = frozenset(stem(w) for w in ("forgot", "forgotten", "forget", "remember", "reset", "locked", "lockout",
                                             "expired", "expire"))
"""The account field's predicates of losing one's way in (``_FIELD``'s forgotten, reset, locked and
expired concepts): each has everyday senses alone (a dial locks, a permit expires, a counter is reset)."""


def no_reading(word: str) -> frozenset[str]:
    """No stemmed reading of ``word`` (no typing slip read): the default ``reads``."""
    return frozenset()


def loses_account(terms: frozenset[str] | set[str], words: Sequence[str],
                  reads: Callable[[str], frozenset[str]] = no_reading) -> bool:
    """True when stemmed words ``terms`` (English, or another language's read through
    :func:`english_words`) hold one of the account field's predicates of losing one's way in
    ("account locked", "konto gesperrt", "account expired") and the text's lower-case ``words`` name
    the account as a sign-in identity (:func:`names_own_account`, ``reads`` reading a slip): the
    field's noun and its predicate disambiguate each other, as neither does alone (a cabinet that
    locked; an accounting period, a customer's account). Signing the account's form is no such
    predicate: "sign" is left out."""
    read = set(terms).union(*(english_words(t) for t in terms))
    return bool(read & _LOSING_ACCESS) and names_own_account(words, reads)


_ACCOUNT_NOUNS = frozenset({"account", "accounts"} | {fold(w) for w in _FIELD[("account",)].split() if not w.endswith("-")})
"""The account noun as written, singular and plural, in English and the field's other languages: a
word derived from it ("accounting", "accountant", German "Kontoauszug") names bookkeeping, not a
sign-in identity, though a stemmer reads it as the noun."""
_BOOKS = frozenset("""customer customers client clients supplier suppliers vendor vendors creditor creditors debtor
    debtors ledger gl bank expense expenses cost payable payables receivable receivables billing merchant sales purchase
    savings loan cliente clientes kunde kunden fournisseur fournisseurs proveedor proveedores fornecedor fornecedores
    fornitore fornitori leverancier klant dostawca klienta bancaire bancaria bancario bancário grootboek""".split())
"""Whose account, or which book's, in bookkeeping (a customer's, a supplier's, the general ledger's,
a bank's, "accounts payable"), in English and the field's main Western languages: written beside the
account noun, the account is a business record, not the sign-in identity an employee loses."""


def names_own_account(words: Sequence[str], reads: Callable[[str], frozenset[str]] = no_reading) -> bool:
    """True when lower-case ``words`` (in order) write the account noun as a sign-in identity: the
    noun as written (``_ACCOUNT_NOUNS``), or a word that is not derived from it and that ``reads``
    (a word's stemmed readings: a typing slip's) reads as the noun, with no bookkeeping word
    (``_BOOKS``) right before or after it."""
    folded = [fold(w).removesuffix("'s") for w in words]
    for i, word in enumerate(folded):
        derived = any(word.startswith(noun) for noun in _ACCOUNT_NOUNS)
        if word in _ACCOUNT_NOUNS or (not derived and _ACCOUNT in reads(word)):
            if not _BOOKS.intersection(folded[max(0, i - 1):i] + folded[i + 1:i + 2]):
                return True
    return False


@functools.lru_cache(maxsize=1)
def field_words() -> frozenset[str]:
    """The English words of the account concept field as people write them, inflected ("locked",
    "expired", "forgotten"): what a slip of one of them is one letter away from (:func:`field_terms`
    are their stems, which no one types: "expir")."""
    return frozenset(w for english in _FIELD for w in english)


@functools.lru_cache(maxsize=1 << 16)
def english_words(term: str) -> frozenset[str]:
    """The stemmed English words a stemmed word of another language stands for in the account
    concept field ("wachtwoord" -> password; "gesperrt" -> lock, lockout); empty for any other
    word, English ones included. Remembered: every rule of the field asks it of each word."""
    folded = fold(term)
    found = _table().get(folded)
    if found is not None:
        return found
    stems = _stems()
    longest = min(len(folded), _LONGEST_STEM)  # bounded: a long token costs no more than a short one
    return next((stems[folded[:n]] for n in range(longest, _SHORTEST_STEM - 1, -1) if folded[:n] in stems),
                frozenset())


def _stem_lengths() -> tuple[int, int]:
    """The shortest and longest dictionary stems listed (``_FIELD``'s words ending in "-")."""
    lengths = [len(fold(w[:-1])) for words in _FIELD.values() for w in words.split() if w.endswith("-")]
    return min(lengths), max(lengths)


_SHORTEST_STEM, _LONGEST_STEM = _stem_lengths()


@functools.lru_cache(maxsize=1)
def _stems() -> dict[str, frozenset[str]]:
    """The dictionary stems of ``_FIELD`` (words ending in "-"), accent-folded, and what they read as."""
    stems: dict[str, set[str]] = {}
    for english, words in _FIELD.items():
        for word in words.split():
            if word.endswith("-"):
                stems.setdefault(fold(word[:-1]), set()).update(stem(w) for w in english)
    return {w: frozenset(v) for w, v in stems.items()}


FUNCTION_WORDS = frozenset("""
    mein meine meinen meinem meiner ich mich mir nicht kein keine bitte wurde wieder ist das der
    mon ma mes je j'ai le la les du des une est pas svp plaît plait
    mi mis yo el los las por una está esta
    minha meu minhas meus eu não nao uma
    mijn ik niet het een alsjeblieft graag weer
    mój moj moje moja mnie nie się sie proszę prosze jest mam
    il mio mia miei non è
    mitt mina jag inte snälla jeg ikke
    můj muj není neni nelze prosím prosim
    fy ddim wedi
    ko ang ng ako
    benim değil degil lütfen lutfen
""".split())
"""Function words of the languages above (possessives, pronouns, articles, negation, "please"):
the English ones are stop words already, and a request written in another language ("esqueci
minha senha") is its concept words plus these, which say nothing of the problem. None is also an
English word or a common abbreviation of one ("die", "am", "an", "min", "favor", Spanish "del" and
Tagalog "po" and "hindi": a Delete key, a purchase order, a keyboard language, are left out)."""


def names_the_field(terms: tuple[str, ...], kb_reads: Callable[[str], bool] = lambda term: False) -> bool:
    """True when a subject's stemmed words (``kb_vocabulary.terms_of``) hold a word of the account
    concept field in another language ("lozinku", "heslo", "Passwort") that the KB itself does not
    write (``kb_reads``): a listed form that is also a word of the KB's language is that language's
    word, not evidence of another."""
    return any(" " not in t and english_words(t) and not kb_reads(t) for t in terms)


OTHER_LANGUAGE_MEMBERS = 0.5
"""Share of a cluster's subjects that must show another language (see :func:`other_language`)."""
FOREIGN_USES = 0.5
"""Share of a word's tickets whose subjects show another language from which the word is that
language's (see :func:`words_of_other_languages`)."""
_SPREAD_ROUNDS = 3


@functools.lru_cache(maxsize=1 << 17)
def subject_words(subject: str) -> frozenset[str]:
    """The lower-case words of a subject (:func:`text_words`). Remembered: an export repeats its
    subjects, and the language rules read each subject's words more than once."""
    return text_words(subject)


def text_words(text: str) -> frozenset[str]:
    """The lower-case words of a text (``shared.words_of``), placeholders left out (a redacted name
    is no word of anybody's language); not remembered, for texts read once such as articles."""
    return frozenset(words_of(PLACEHOLDER.sub(" ", text).lower()))  # markers such as <NAME> are capitals


def written_in_another_language(subject: str, kb_reads: Callable[[str], bool] = lambda word: False,
                                foreign: frozenset[str] = frozenset(),
                                kb_letters: frozenset[str] = frozenset()) -> bool:
    """True when a subject shows a language the KB does not write: one of the function words above
    (a negation, a pronoun, "please": "nicht", "mijn", "svp"), or a word with a letter English does
    not write (accents, other alphabets: "működik", "pisač", "принтер"), that the KB itself does not
    use (``kb_reads``: a German KB writes "nicht"); or, with no list at all, a word ``foreign``
    holds (the export's own statistic, :func:`words_of_other_languages`), or a sentence of
    ``SENTENCE_WORDS`` words or more none of which the KB writes, function words included, spelt
    with letter sequences the KB's words do not hold (``kb_letters``, see :func:`alien_letters`)."""
    words = subject_words(subject)
    unknown = {w for w in words if not kb_reads(w)}
    if unknown & foreign:
        return True
    if len(words) >= SENTENCE_WORDS and unknown == words and alien_letters(words, kb_letters) >= ALIEN_LETTERS:
        return True
    return any(w in FUNCTION_WORDS or not w.isascii() for w in unknown)


SENTENCE_WORDS = 2
"""Fewest words of a subject that show its language by themselves: one word is a name (an
in-house system's, "Zorvath", "Quillmark") as often as a sentence."""
ALIEN_LETTERS = 0.27
"""Share of a sentence's letter triples that no word of the KB holds from which its spelling is
another language's. The KB's own words decide: an English sentence of everyday words the KB never
uses ("label maker tape stuck") is spelt with the triples English words share, near 0. Measured
(``bench/suggest_letters.py``, against the evaluation KB of 2,516 words) on sentences written for
it: 50 of English IT jargon score 0 to 0.26 (median 0.09; the highest are tool names beside
jargon, "<tool> webhook payload truncated"), 50 of requests in Swahili, Basque, Hausa, Yoruba,
Zulu, Maori and other languages written in plain ASCII 0.13 to 0.64 (median 0.36). They overlap,
so the threshold sits just above the highest jargon: an English gap listed apart is lost, while a
foreign request under it (14 of the 47 with no KB word) is still caught by its words' spread and
the concept field, or stays a proposal."""


def _triples(words):
    """Each word's letter triples in order, its start and end marked ("^pr", "pri", ..., "er$")."""
    return (f"^{w}$"[i:i + 3] for w in words for i in range(len(w)))


def letter_triples(words) -> frozenset[str]:
    """The distinct letter triples of words (:func:`_triples`)."""
    return frozenset(_triples(words))


def alien_letters(words, kb_letters: frozenset[str]) -> float:
    """Share of the words' letter triples (:func:`_triples`, counted with repeats) that
    ``kb_letters`` lacks; 0 without a KB to compare with."""
    if not kb_letters:
        return 0.0
    triples = list(_triples(words))
    return sum(t not in kb_letters for t in triples) / max(1, len(triples))


def words_of_other_languages(subjects: Counter, kb_reads: Callable[[str], bool],
                             kb_letters: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of the export (``subjects``: each subject and its tickets) that belong to a
    language the KB does not write, measured, not listed: a KB is written in one language, so every
    sentence of that language holds words the KB writes (its function words above all: "not",
    "my", "in", "won't"), while a request written in a language the concept field does not list
    ("zorvath kelimu") holds none, whatever its script; and a word of that language is one whose
    tickets mostly (``FOREIGN_USES``) show it, also where a person mixes it with the KB's words
    ("kelimu reset please", "printer dovaro tesh"). Spread from subject to word and back a few
    rounds (a word met only beside such words is theirs). A word the KB writes is never foreign, so
    the English words of a mixed subject keep their weight. An in-house system's name written
    mostly beside the KB's words stays; one written mostly in such requests becomes foreign too
    (it then says nothing the KB could answer or lack, as its neighbours do)."""
    unknown = {s: frozenset(w for w in subject_words(s) if not kb_reads(w)) for s in subjects}
    shown = {s for s in subjects if written_in_another_language(s, kb_reads, kb_letters=kb_letters)}
    foreign: frozenset[str] = frozenset()
    uses: Counter = Counter()  # the tickets each word is in: the same every round
    for subject, count in subjects.items():
        uses.update(dict.fromkeys(unknown[subject], count))
    for _ in range(_SPREAD_ROUNDS):
        inside: Counter = Counter()
        for subject, count in subjects.items():
            if subject in shown:
                inside.update(dict.fromkeys(unknown[subject], count))
        found = frozenset(w for w, n in uses.items() if inside[w] >= FOREIGN_USES * n)
        if found == foreign:
            break
        foreign = found
        shown |= {s for s in subjects if unknown[s] & foreign}
    return foreign


def other_language(subjects: list[str], kb_reads: Callable[[str], bool] = lambda word: False,
                   foreign: frozenset[str] = frozenset(), kb_letters: frozenset[str] = frozenset()) -> bool:
    """True when most (``OTHER_LANGUAGE_MEMBERS``) of a cluster's subjects are written in a
    language the KB does not write. Coverage asks it of a cluster whose words the KB hardly uses: a
    printer or a VPN written in German shares no word with the English article that answers it, so
    its being "new" may only be its language (see ``coverage``)."""
    shown = sum(written_in_another_language(s, kb_reads, foreign, kb_letters) for s in subjects)
    return bool(subjects) and shown >= OTHER_LANGUAGE_MEMBERS * len(subjects)
