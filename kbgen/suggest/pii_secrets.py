"""Secrets recognised by their shape next to the words that announce them.

* One-time codes: 4 to 10 digits, also written in two or three groups split by a space, a dash or a
  dot ("482 913", "48-29-13", "482.913", "4829-1377", "G-482913"), within a few words of a code word
  ("code", "OTP", "passcode", "PIN", "token", "verification", "authenticator", "2FA", "SMS", "text
  message", "digits", and the words for a code in the other languages users write: "código", "kod",
  "kód", "koodi"...), or of the name of an app that shows such codes. Cue words are compared without
  their accents and matched with one typing slip allowed (two in long words), because people type
  "coode" or "veryfication" in a hurry. Numbers next to "error", "exit", "status" or "event" are
  error codes and stay; dates have their own shape and stay.
* Passwords: a token shaped like a password (letters and digits, symbols allowed; 6 to 64
  characters; any token in quotes) in the words after a password word ("password", "pwd", "pw", "passphrase",
  "credentials", "temp", "temporary", and the words for a password or a temporary one in the other
  languages users write: "contraseña", "senha", "hasło", "heslo", "jelszó", "mot de passe"...) or after
  "tried", "set it to", "change it to", "reset it to"; letters joined by a symbol count there too
  ("cedar+radec"), key chords do not ("Ctrl+Alt+Del"). A password word may also come AFTER the
  value ("Xk7!pq is what I set as the password"), and a hedged recollection ("she thinks it is
  ...") announces the token right after it when that mixes three classes of characters.
* Without any cue word: a token that mixes letters, digits and one of the symbols password rules ask
  for (``!@#$%^&*?~+=``) is a password wherever it stands ("Zaq1@wis47", "tui.62!t"): identifiers,
  versions, paths, e-mail addresses, colour codes, channels and shortcuts have other shapes.
  Version numbers, hex codes, KB and ticket numbers, server names and placeholders have other
  shapes and stay.

Both work on words found by linear scans; no pattern is applied to unbounded text with nested
quantifiers.
"""
from __future__ import annotations

import functools
import re

from ..fold import unaccented
from .concepts import PASSWORD_NAMES
from .typing_slips import slip_distance
from .shared import PLACEHOLDER_KINDS
from .pii_keys import key_chord as _key_chord, shortcut as _shortcut
from .pii_patterns import DEVICE_WORDS, EVENT_ENDINGS, RECORD_LABEL_WORDS, replace_spans, server_shaped

_CODE_WORDS = ("code", "codes", "otp", "passcode", "pin", "token", "verification", "verify", "verified",
               "authenticator", "authentication", "2fa", "mfa", "sms", "text", "texted", "digits", "onetime",
               "security",
               # the word for a code (and for verifying) in the languages of Europe, Latin America and
               # South-East Asia that users write tickets in, without accents (cues are compared so)
               "codigo", "codigos", "kod", "kodu", "kode", "koodi", "kodas", "cod", "codice", "verificacion",
               "verificacao", "weryfikacyjny", "weryfikacji", "overovaci", "ellenorzo", "jednorazowy",
               # apps and keys that show one-time codes: naming one is saying that a code follows
               "authy", "okta", "duo", "yubikey", "securid", "entrust", "totp", "hotp")
_CODE_PHRASE = re.compile(r"(?i)\bone[ -]?time\b|\btext message\b")
_NOT_CODE = frozenset({"error", "errors", "exit", "status", "event", "http", "port", "room", "ext", "extension",
                       "version", "build", "kb", "ticket", "incident", "case", "order", "invoice", "floor",
                       "model", "serial", "asset",
                       # the other words for a fault's number: a machine's alarm, warning or stop code
                       "fault", "alarm", "warning", "failure", "exception", "stop", "bugcheck", "reason"})
# Where a code is judged only: a device's state code, and a character set's number ("code page 1252").
# Not in ``_NOT_CODE``, which labels learned from an export share: a label naming a device or a
# page may still introduce a person's value ("device owner: <account>").
_NOT_CODE_HERE = _NOT_CODE | {"printer", "device", "page"}
PASSWORD_WORDS = frozenset((*PASSWORD_NAMES, *(w + "s" for w in PASSWORD_NAMES if w != "passwd"),
                            *"pwd pw pword secret secrets pass creds credentials".split()))  # "secret": a key's too
"""The English words that name a password or a credential, whole (one list: cues, table headers, pair labels)."""
# As cues before or after a value: the singulars (a slip of one letter reads the plural), and the words
# for a temporary one.
_PASSWORD_WORDS = tuple(sorted(w for w in PASSWORD_WORDS if not (w.endswith("s") and w[:-1] in PASSWORD_WORDS))) \
    + ("temp", "temporary")
# The word for a password, and for a temporary one, in the languages of Europe, Latin America and Asia
# that users write tickets in ("contraseña nueva", "senha provisória", "hasło tymczasowe", "mot de passe",
# "slaptažodis", "mật khẩu", "kata sandi", romanised Japanese "pasuwādo"), with the definite endings
# of the Nordic languages ("adgangskoden", "lösenordet") and the inflections of the Baltic and Finnic ones.
_PASSWORD_WORDS_INTL = re.compile(
    r"(?i)(?<!\w)(?:contrase[ñn]as?|contrasenya|senhas?|claves?|passwort|kennwort|wachtwoord|paswoord|"
    r"(?:l[öo]senord|passord|adgangskode|lykilor[ðd])(?:et|en|n|t|i)?|"
    r"salasana[an]?|sala?s[õo]na|parool[i]?|parole|slapta[žz]od[iž]?[is]?|"
    r"has[łl]o|heslo|jelsz[óo]|parol[aă]|[şs]ifre|lozinka|geslo|mot[ ]de[ ]passe|mdp|pasahitza|"
    r"m[ậa]t[ ]kh[ẩa]u|kata[ ](?:sandi|laluan)|pasuw[āa]{1,2}do|bimil[ ]?beonho|"
    r"κωδικ[όο]ς?|συνθηματικ[όο]|парол[ья]|"
    r"provis[óo]ri[ao]|provisional|temporal|temporaire|temporanea|tymczasowe|do[čc]asn[éeá]|ideiglenes|"
    r"temporar[ăa]?|vorl[äa]ufig|"
    # more languages, Latin-written: Azerbaijani and Turkish "şifrə", Uzbek, Kazakh and Romanian "parol",
    # Haitian "modpas", Swahili "nenosiri"/"nywila", Afrikaans "wagwoord", Welsh "cyfrinair", Irish
    # "pasfhocal", Albanian "fjalëkalim", Galician "contrasinal", Hausa "kalmar sirri"; Icelandic and
    # Faroese compounds whose head is "orð", word ("lykilorð", "aðgangsorð", "leyniorð", a temporary
    # "bráðabirgðalykilorð"). (The words for "temporary" of these languages are not cues: they open
    # "temporary workaround" as often as "temporary password", and the password word is there anyway.)
    r"[şs]ifr[əe]|parol|modpas|nenosiri|nywila|wagwoord|cyfrinair|pasfhocal|fjal[ëe]kalim[i]?|contrasinal|"
    r"kalmar[ ]sirri|[^\W\d_]{2,20}orð(?:ið|in)?|"
    # in their own scripts: Georgian, Armenian, Hebrew, Arabic, Persian, Devanagari, Bengali, Tamil,
    # Sinhala, Amharic, Mongolian and South Slavic Cyrillic ("парола", "лозинка")
    r"პაროლი?|գաղտնաբառ|סיסמ[הא]|كلمة[ ](?:المرور|السر)|رمز[ ]عبور|گذرواژه|पासवर्ड|कूटशब्द|"
    r"পাসওয়ার্ড|கடவுச்சொல்|මුරපදය|የይለፍ[ ]ቃል|нууц[ ]үг|парола|лозинка)(?!\w)"
    # scripts written without spaces between words (Thai, Lao, Khmer, Burmese, Chinese, Japanese,
    # Korean): the word for a password may be glued to the next word, so no boundary is asked after it
    r"|รหัสผ่าน|ລະຫັດຜ່ານ|ពាក្យសម្ងាត់|စကားဝှက်|密码|密碼|口令|パスワード|暗証番号|비밀번호|패스워드|암호")
_PASSWORD_PHRASE = re.compile(r"(?i)\b(?:tried|typed|entered|(?:put|keyed|punched)[ \t]+in|(?:set|change|changed|reset|update|updated)"
                              r"(?:[ \t]+(?:it|this|that|mine|my[ \t]+\w+|the[ \t]+\w+))?[ \t]+(?:to|as))\b")
# Digits in up to three groups of two to five split by one space, dash, dot or middle dot (as some
# apps and typographers group a code: "482·913"); the length (4 to 10 digits) and the date shape are
# checked on the match. A full stop after it may end the sentence.
_CODE_VALUE = re.compile(r"(?<![\w.:/,·-])(?:[A-Z]{1,3}-)?(?:\d{2,5}(?:[ .·-]\d{2,5}){1,2}|\d{4,10})"
                         r"(?![\w:/]|\.\w|[ .·-]\d|,\d)")
_CODE_DIGITS = (4, 10)
_TIME = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")


def _date_or_time(value: str) -> bool:
    """True for a time ("14.30"), a year and a month ("2025-03") or a date in any order of day, month
    and year ("12.03.2025", "2025-03-12", "03/12/25"); "48-29-13" is no date (no part can be a month)."""
    if _TIME.fullmatch(value):
        return True
    parts = re.split(r"[./-]", value)
    if len(parts) == 2 and all(p.isdigit() for p in parts):  # a year and a month ("2025-03", "03/2025")
        year, month = (parts[0], parts[1]) if len(parts[0]) == 4 else (parts[1], parts[0])
        return len(year) == 4 and year[:2] in ("19", "20") and 1 <= int(month) <= 12
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    a, b, c = (int(p) for p in parts)
    if len(parts[0]) == 4:
        return 1 <= b <= 12 and 1 <= c <= 31
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
_WORD = re.compile(r"[^\W_]+")  # words of any script, so "código" is one word
_TOKEN = re.compile(r"\S{1,80}")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_SECRET_SHAPE = re.compile(r"(?=.*[A-Za-z])(?=.*\d)")
_QUOTED = re.compile(r"[\"'“‘`](\S{6,64})[\"'”’`]")
_PASSWORD_HINT = re.compile(r"(?<![a-z0-9])p[a-z]{0,2}s|(?<![a-z0-9])pw|pwd|cred|secret|\btemp|tried|typed|entered|\b(?:put|keyed|punched)[ \t]+in\b|\b(?:set|change|changed|reset|"
                            r"update|updated)\b[^\n]{0,24}\b(?:to|as)\b")
# Stems of ``_PASSWORD_WORDS_INTL``, looked for in the lower-cased text before that pattern runs
# ("temporal", "temporaire"... are one or two slips from "temporary", a password word already).
_PASSWORD_STEMS_INTL = ("contrase", "senha", "clave", "passwort", "kennwort", "wachtw", "paswoord", "senord", "passord",
                        "lykilor", "salas", "parool", "parole", "slapta", "pasahitza", "mật", "mat kh", "kata sandi",
                        "kata laluan", "pasuw", "bimil", "κωδικ", "συνθημα", "парол",
                        "adgangskode", "salasana", "hasło", "haslo", "heslo", "jelsz", "parol", "ifre", "lozink",
                        "geslo", "mot de passe", "mdp", "provis", "tymczas", "dočas", "docas", "ideigl", "vorl",
                        "sifr", "modpas", "nenosiri", "nywila", "wagwoord", "cyfrinair", "pasfhocal", "kalim",
                        "contrasinal", "sirri")
# The same for the words written in other scripts (``_PASSWORD_WORDS_INTL``), looked for only in a text
# that is not all ASCII.
_PASSWORD_STEMS_SCRIPTS = ("şifr", "orð", "პაროლ", "գաղտնաբառ", "סיסמ", "كلمة", "رمز", "گذرواژه", "पासवर्ड", "कूटशब्द",
                           "পাসওয়ার্ড", "கடவுச்சொல்", "මුරපදය", "የይለፍ", "нууц", "парол", "лозинк", "รหัสผ่าน", "ລະຫັດຜ່ານ", "ពាក្យសម្ងាត់",
                           "စကားဝှက်", "密码", "密碼", "口令", "パスワード", "暗証番号", "비밀번호", "패스워드", "암호")


def other_language_password_word(low: str) -> bool:
    """Whether the lower-cased text ``low`` holds a stem of a password word of another language
    (``_PASSWORD_STEMS_INTL``; those of other scripts only where a character is not ASCII)."""
    return any(stem in low for stem in _PASSWORD_STEMS_INTL) or \
        not low.isascii() and any(stem in low for stem in _PASSWORD_STEMS_SCRIPTS)
# (a key's last part counts: "smtp_pwd", "vault_passwd" name a password; "pw_min_length" names a number;
# a folder of a path, "C:\\temp\\", "/secrets/", names no password)
_PASSWORD_WORD = re.compile(r"(?i)(?<![^\W_])(?<![/\\])(?:p[a-z]{0,2}s[a-z]{0,9}|p[a-z]{0,3}w[a-z]{0,5}|pw[a-z]{0,3}|"
                            r"cred[a-z]*|temp[a-z]*|secrets?)\b(?![/\\])")
# Shapes that follow password words but are not secrets: numbers, dates and versions, hex and
# all-capitals error codes (letters, then digits: QXERR40417, HTTP404), KB and ticket numbers,
# server names, URLs, e-mail addresses, placeholders, ordinals and times, screen and paper dimensions
# ("1920x1080": a setting is "set to" them). Capitals and digits
# taking turns ("KX7PLM2Q") are a password typed with caps lock on, not a code.
# A setting as policies and config files write it: a name of two words or more in CamelCase, "=", a
# number or a switch's state ("MaxRetries=5", "lockoutThreshold=10"). It is no secret where a policy is
# described; right in a password word's value slot ("password: <that shape>", see ``_DIRECT_SLOT``) it is
# the value given, and is redacted there.
_SETTING = re.compile(r"[A-Za-z][a-z]+(?:[A-Z][a-z]+)+=(?:\d{1,6}|(?i:true|false|yes|no|on|off|enabled|disabled))")
# A password word's value slot: its separator or linking word, then the value ("password: X",
# "password is X", "Passwort ist X"); the linking words are those ``_WORD_SLOT`` reads.
_DIRECT_SLOT = re.compile(r"[ \t]*(?:[:=|]|\b(?:is|was|ist|war|es|est|je|ko)\b)[ \t]*[\"'`“‘]?")
_NOT_SECRET = re.compile(r"[\d.,:/-]+|0x[0-9a-fA-F]+|(?i:kb|inc|ritm|req|chg|task|prb)\d+|\[[\w-]+\]|"
                         r"[A-Z]{2,}(?:-[A-Z0-9]+)+|[A-Z]{2,}\d+[A-Z]{0,2}|(?i:https?|www)\S*|"
                         r"[\w.+-]+@[\w-]+\.[\w.-]+|[vV]\d[\d.]*|\d+(?:st|nd|rd|th|am|pm|h|m|s|gb|mb|kb)|"
                         r"\d{2,5}[x×]\d{2,5}(?:p|px)?"
                         # a name with its version glued on ("TLS1.2", "SMB3.1.1"), and a file by its
                         # extension: documents, sheets, archives, images, media, logs, configs, scripts,
                         # installers, disk images, databases, drawings and map layers
                         r"|[A-Za-z]{2,}\d+(?:\.\d+)+|[\w.-]+\.(?i:txt|log|csv|tsv|xls[xm]?|docx?|pptx?|pdf|odt|ods|rtf|"
                         r"zip|7z|rar|gz|tgz|tar|json|xml|ya?ml|ini|cfg|conf|msi|exe|dll|bat|cmd|ps1|sh|py|js|html?|"
                         r"png|jpe?g|gif|bmp|tiff?|heic|svg|mp[34]|mov|avi|wav|pst|ost|vsdx?|msg|eml|iso|vhdx?|bak|tmp|"
                         r"dat|db|sqlite|accdb|mdb|dwg|dxf|shp|kml|kmz|las|laz|ics|vcf|crt|cer|pem|pfx|key|ovpn|rdp)"
                         r"|" + _SETTING.pattern)
_ANY_DIGIT = re.compile(r"\d")
# A process with its id as system logs write it before the message ("sshd[812]: ..."): the colon after
# the bracket marks it; a value after a password word ("winter[2024]") has none.
_PROCESS_MARK = re.compile(r"[a-z][\w.-]*\[\d+\]:")
# Around a value: quotes of every language, brackets, code-span backticks, sentence punctuation and the
# "=" or ":" that glue a value to its label ("passwd=...").
_PUNCT_EDGES = "\"'“”‘’„«»‹›()<>[]{},;:.!?=`：；，＝"  # (with the wide forms of East Asian text)
# The symbols that password rules ask for: a word or an identifier seldom holds one between letters
# and digits ("-", "_", "." and "/" join the parts of names, versions and paths, so they do not count).
_PASSWORD_SYMBOLS = frozenset("!@#$%^&*?~+=")
_SYMBOL_ENDINGS = tuple(sorted(_PASSWORD_SYMBOLS))  # for str.endswith
_NOT_STRONG = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+|(?i:https?:|www\.|mailto:)\S*|\S*[/\\]\S*"  # e-mail, URL, path
    r"|#[\w-]+|@[\w.-]+"  # a number sign before an id, a colour code or a channel; a mention (names handle those)
    # the numbered instance of a system's protocol or session, small words joined by "-" ("rdp-tcp#12")
    r"|[a-z]{2,}(?:-[a-z]{2,})+#\d+"
    r"|v?\d+(?:\.\d+)+[\w.+-]*|[A-Za-z_][\w.-]*=[\w.:-]*|[^(]+\(.*")  # version+build, key=value, a formula


def _written_mark(token: str) -> bool:
    """A token that holds what redaction wrote (a placeholder) or a log's process mark
    (``_PROCESS_MARK``): no secret."""
    return holds_placeholder(token) or bool(_PROCESS_MARK.fullmatch(token))


# Compound words name a code by gluing its kind before the word for a code ("Anmeldecode",
# "engangskode", "vahvistuskoodi", "kinnituskood") and may add a definite ending ("engångskoden",
# "adgangskoden"): the head decides what the compound is. These heads are the word for a code in the
# languages that compound (Germanic, Nordic, Finnic, Baltic, Slavic); the ending is one of theirs.
_COMPOUND_HEADS = re.compile(r"(?:code|kode|kod|kood|koodi|kodas|kodu)(?:en|et|n|t|a|ia)?\Z")
# Kinds glued before a code word that make it no one-time code: errors ("Fehlercode", "foutcode",
# "virhekoodi", "hibakód", "chybový"), exits and statuses, postal, bar and area codes, source code,
# product, article (a stock-keeping unit's), tariff and tax codes.
_NOT_CODE_KINDS = re.compile(r"(?:error|fehler|erreur|errore|fout|fel|feil|virhe|hiba|chyb|blad|bled|gresk|hata|exit|"
                             r"status|event|http|post|zip|bar|qr|area|vorwahl|source|quell|bron|product|produkt|sku|"
                             r"artikel|article|item|tarif|tariff|zoll|tax|vat|steuer|discount|rabatt|promo|gutschein|"
                             r"country|land|lander|bank|sort|colou?r|farb|key|tasten)")


def _compound_code_word(word: str) -> bool:
    """A compound whose head is the word for a code and whose first element is no other kind of code."""
    head = _COMPOUND_HEADS.search(word)
    if head is None or head.start() < 3:
        return False
    return not _NOT_CODE_KINDS.match(word[:head.start()])


@functools.lru_cache(maxsize=65536)
def _cue(word: str, vocabulary: tuple[str, ...]) -> bool:
    """True when ``word`` is a cue word or one typing slip from one (two for words of 9+ letters).

    Slips are allowed for cues of five letters or more and for "code"; short cues ("pin", "text",
    "pw") must be exact, or ordinary words one letter away would count. A letter typed for another
    is a slip only between keys side by side (see ``slip_distance``): "taken" is no slip of "token".
    """
    word = unaccented(word.lower())
    if word in vocabulary or vocabulary is _CODE_WORDS and _compound_code_word(word):
        return True
    if len(word) < 3 or not word.isalpha():
        return False
    for cue in vocabulary:
        if (len(cue) >= 5 or cue == "code") and abs(len(cue) - len(word)) <= 2 and \
                slip_distance(word, cue) <= (2 if len(cue) >= 9 else 1):
            return True
    return False


def _line_window(text: str, start: int, end: int, before: int, after: int) -> tuple[str, str]:
    """The text before and after a span on the same line, at most ``before``/``after`` characters."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text[max(line_start, start - before):start], text[end:min(line_end, end + after)]


def _code_cued(before: str, after: str) -> bool:
    """A code word in the six words before a value or the six after it ("482913 is what the app showed
    me"), not right after a word that makes the number an error's, a port's or a record's."""
    words_before = _WORD.findall(before)[-6:]
    words_after = _WORD.findall(after)[:6]
    tokens = before.split()[-4:]
    cued = [i for i, t in enumerate(tokens) if any(_cue(w, _CODE_WORDS) for w in _WORD.findall(t))]
    if any(_names_other_number(t) for t in (tokens[max(0, cued[-1] - 1):] if cued else tokens[-3:])):
        return False  # the word right before the code word or after it names the number: "error code 403"
    return any(_cue(w, _CODE_WORDS) for w in words_before + words_after) or \
        bool(_CODE_PHRASE.search(before) or _CODE_PHRASE.search(after))


def _names_other_number(token: str) -> bool:
    """A word before a number that makes it an error's, a port's or a record's ("error", "status:",
    "event_id="): a whole word or a key's part, not a part of a hyphenated account ("ext-jdoe")."""
    key = token.strip("\"'“”()[]{}<>|,;:.#").split("=", 1)[0].lower()
    return any(part in _NOT_CODE_HERE or _NOT_CODE_KINDS.fullmatch(part) for part in key.split("_"))


def redact_codes(text: str) -> str:
    """One-time codes near code words, or standing alone where a code is typed, become ``[code]``."""
    spans = []
    for match in _CODE_VALUE.finditer(text):
        value = match.group(0)
        digits = sum(c.isdigit() for c in value)
        if not _CODE_DIGITS[0] <= digits <= _CODE_DIGITS[1] or _date_or_time(value) or _decimal(value):
            continue
        if value[0].isalpha() and digits < 6:
            continue  # letters before a code ("G-482913") come with six digits; "E-4471" is an error's number
        before, after = _line_window(text, match.start(), match.end(), 48, 44)
        if _code_cued(before, after) or _alone(before, after, value, text, match.start()):
            spans.append(match.span())
    if _CAPS_DIGIT_HINT.search(text):
        spans += [m.span() for m in _ALNUM_CODE.finditer(text) if _alnum_code(m, text)]
    spans += [m.span() for m in _CODE_OTHERWISE.finditer(text) if _code_otherwise(m, text)]
    for match in _SPELT_CODE.finditer(text):
        before, after = _line_window(text, match.start(), match.end(), 48, 44)
        alone = len(match.group(0)) >= 11 and match.group("sep") != "." and not after.strip(" \t.") and \
            _LINE_LEAD.match(before)
        if alone or _code_cued(before, after):
            spans.append(match.span())
    return replace_spans(text, spans, "[code]")


# A one-time code of letters only: code alphabets leave the vowels out (so that no code spells a word)
# and many leave out letters that read alike, so a code is a run of six to ten consonants ("xtrkpq",
# "HMWZRT"), all small or all capital. No word of the languages written in Latin letters runs six
# consonants without a vowel ("y" counts as one); only abbreviations do ("chkdsk"), so the run must
# stand next to a code word or alone on its line where one is typed, and use four letters or more
# (a placeholder repeats one: "xxxxxx").
_LETTER_CODE = re.compile(r"(?<![\w.:/#@=-])(?:[b-df-hj-np-tv-xz]{6,10}|[B-DF-HJ-NP-TV-XZ]{6,10})(?![\w/@-]|\.\w)")
LETTER_CODE_HINT = re.compile(r"[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{6}")
"""Six consonants in a row: where none is, no code of letters is (a cheap test before ``_LETTER_CODE``)."""
_KEYED_LETTER_CODE = re.compile(r"(?<![\w.:/#@-])(?P<key>\w*)code=(?P<value>[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{6,10})(?!\w)",
                                re.IGNORECASE)


def redact_letter_codes(text: str) -> str:
    """Codes of consonants (``_LETTER_CODE``) next to a code word or alone on their line, and after a
    key naming a code ("verify_code=xtrkpq") of no other kind (``_NOT_CODE_KINDS``: "zipcode=",
    "sku_code="), become ``[code]``."""
    spans = [m.span() for m in _LETTER_CODE.finditer(text) if _letter_code(m, text)]
    spans += [m.span("value") for m in _KEYED_LETTER_CODE.finditer(text) if not _names_other_number(m.group("key"))]
    return replace_spans(text, spans, "[code]")


def _letter_code(match: re.Match, text: str) -> bool:
    """A run of consonants (``_LETTER_CODE``) next to a code word, or typed alone on its line."""
    value = match.group(0)
    if len(set(value.lower())) < 4:
        return False
    before, after = _line_window(text, match.start(), match.end(), 48, 44)
    if value.isupper():  # abbreviations in capitals name programs next to "code" too ("code PKGMGR")
        return _letters_alone(before, after, value, text, match.start())
    return _code_cued(before, after) or _letters_alone(before, after, value, text, match.start())


def _letters_alone(before: str, after: str, value: str, text: str, start: int) -> bool:
    """A code of letters typed alone (``_alone``) as a chat line's message, or where the lines just
    before speak of a code: a command is typed alone on its line too ("I ran this:" then a command)."""
    return _alone(before, after, value, text, start) and (bool(_STAMP.search(before)) or _code_talk_before(text, start))


# A code read out or typed digit by digit, one space, dash or dot between every digit ("4 7 1 0 9 2",
# "4-7-1-0-9-2"), as people copy a code from a text message so as not to lose their place. Next to a
# code word; or six digits or more alone on their line (a stamp and a speaker before them at most):
# in a sentence, a run of single digits is as often steps, ports or ratings ("steps 1-2-3-4-5-6").
_SPELT_CODE = re.compile(r"(?<![\w.:/,-])\d(?P<sep>[ .-])\d(?:(?P=sep)\d){2,8}(?![\w:/]|(?P=sep)\d|[.,]\d)")


# A one-time code of capitals and digits, as authenticator apps and mailed links show them ("7KQ2MX",
# "4HT9-QW2R"): five to ten of them, in one or two groups. Letters and digits must take turns at least
# twice ("DX4RE", "34YA-84"): capitals then a number ("QXERR40417", "MK7310", "SER5501932") are error,
# model and serial numbers, and a number then capitals ("12C", "500GB") is a seat or a unit.
_ALNUM_CODE = re.compile(r"(?<![\w.:/#-])[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8})?(?![\w/-]|\.\w)")
_CAPS_DIGIT_HINT = re.compile(r"[A-Z]\d|\d[A-Z]")
# The same code as people copy it otherwise, in two groups parted by a space ("7KQ2 MXW4"), as apps
# show a long code. Model names and releases are written in two parts too ("E4B1 FF0", "W10X 22H2"),
# so the groups must be of one length, neither a half-year release ("22H2") nor a record number, with a
# code word beside them and letters and digits taking turns twice. Codes in small letters are left
# out: codecs, character sets and versions ("utf8mb4", "h264", "k8s") have that shape.
_CODE_OTHERWISE = re.compile(r"(?<![\w.:/#@-])(?=[A-Z]{0,4}\d)(?P<first>[A-Z0-9]{3,5}) (?P<second>[A-Z0-9]{3,5})"
                             r"(?![\w/@-]|\.\w)")
_RELEASE = re.compile(r"\d{2}H\d")
_TURNS = re.compile(r"(?=[A-Z]\d|\d[A-Z])")


def _code_otherwise(match: re.Match, text: str) -> bool:
    """A code in two spaced groups of one length (``_CODE_OTHERWISE``) next to a code word."""
    first, second = match.group("first"), match.group("second")
    if len(first) != len(second) or len(_TURNS.findall(first + second)) < 2 or _RECORD_LIKE.match(first) \
            or _RELEASE.fullmatch(first) or _RELEASE.fullmatch(second):
        return False
    before, after = _line_window(text, match.start(), match.end(), 48, 44)
    return _code_cued(before, after)


def _alnum_code(match: re.Match, text: str) -> bool:
    """A code of capitals and digits (``_ALNUM_CODE``) next to a code word, or alone on its line."""
    value = match.group(0)
    core = value.replace("-", "")
    if not 5 <= len(core) <= 10 or _RECORD_LIKE.match(value):
        return False
    before, after = _line_window(text, match.start(), match.end(), 48, 44)
    if len(_TURNS.findall(core)) >= 2:
        return _code_cued(before, after) or _alone(before, after, value, text, match.start())
    return len(core) >= 6 and not _MODEL_OR_UNIT.fullmatch(core) and _code_cued(before, after)


# With one turn only, next to a code word: capitals then three digits or more are an error's or a
# model's number ("QXERR40417", "MK7310"), and digits then one to three capitals a unit or a seat.
_MODEL_OR_UNIT = re.compile(r"[A-Z]+\d{3,}|\d+[A-Z]{1,3}")


# Capitals that open the number of a record (a ticket, change, article, error, part): no code.
_RECORD_LIKE = re.compile(r"(?:KB|INC|REQ|RITM|CHG|PRB|TASK|ERR|HTTP|RFC|ISO|CVE|SKU|REF|INV|ORD|PO|SO|WO|SN|PN|CS)"
                          r"[-\d]")
# What may open a line before a value typed alone: a quote mark, a chat line's time stamp and speaker
# ("[10:42] Ana:", "10:42:07 agent -"), a label-less bullet.
CHAT_STAMP = r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?"
"""A chat line's time stamp ("[10:42]", "10:42:07"); ``CHAT_SPEAKER``: who speaks after it (a name or a placeholder)."""
CHAT_SPEAKER = r"(?:[^\W\d]|\[)[\w.\[\]' -]{0,30}?"
_STAMP = re.compile(CHAT_STAMP)
_LINE_LEAD = re.compile(rf"\s*(?:>+\s*)*(?:{CHAT_STAMP}\s*(?:{CHAT_SPEAKER}\s*[:>-]\s*)?)?"
                        r"(?:[-*•]\s*)?\Z")


def _alone(before: str, after: str, value: str, text: str, start: int) -> bool:
    """A code typed alone: nothing else on its line but a quote mark or a chat line's stamp and speaker
    before it, at most a full stop after it. Six digits or more, or capitals and digits, are a code there
    (a bare number of that length is what a user pastes from an authenticator or a text message); four
    or five digits only where the lines just before speak of a code (a room, a year or an extension is as
    short); only those lines are read, so the check costs the same in a long text."""
    if after.strip(" \t.") or not _LINE_LEAD.match(before):
        return False
    number = re.sub(r"\A[A-Z]{1,3}-", "", value)
    if not number.replace("-", "").replace(" ", "").replace(".", "").isdigit():
        return True  # capitals and digits taking turns (checked by the caller)
    if sum(c.isdigit() for c in number) >= 6:
        return _equal_groups(number)
    return _code_talk_before(text, start)


def _code_talk_before(text: str, start: int) -> bool:
    """Whether the lines just before ``start`` (``_CODE_TALK_LINES`` of them and its own) name a code."""
    floor, pos = max(0, start - _CODE_TALK_BEFORE), start
    for _ in range(_CODE_TALK_LINES + 1):  # its own line and the lines before it
        pos = text.rfind("\n", floor, pos)
        if pos < 0:
            pos = floor
            break
    return any(_cue(w, _CODE_WORDS) for w in _WORD.findall(text, pos, start))


_CODE_TALK_LINES = 3
_CODE_TALK_BEFORE = 400
"""A short code typed alone answers what the few lines before it asked ("what code do you see?"):
at most this many lines, and characters, before its own line."""


def redact_code_lines(text: str) -> str:
    """A code in a short line of its own language: where no code word of a language we list stands, a
    line of at most eight words whose only number is shaped as a one-time code (six to eight digits,
    in equal groups, or capitals and digits taking turns) is a verification line ("<the word for code
    in any language> 482913 <rejected>"): a record, a price, a room, a count or an error names itself
    with a word of ``_NOT_CODE`` or ``RECORD_LABEL_WORDS``, has other numbers beside it, or another length.
    Run after the rules for staff ids and phones, which name their numbers by their labels."""
    if not _CODE_LINE_HINT.search(text):
        return text
    out = []
    for line in text.split("\n"):
        out.append(_code_line(line) if len(line) <= 120 else line)
    return "\n".join(out)


_CODE_LINE_HINT = re.compile(r"\d\d[ .-]?\d\d[ .-]?\d\d|[A-Z]\d|\d[A-Z]")
"""Every value ``_code_line`` takes holds six digits (perhaps grouped) or a capital beside a digit."""
_LINE_RECORD_WORDS = RECORD_LABEL_WORDS | frozenset(
    # what else a short line numbers: money, quantities and the things a desk counts or looks up
    "price cost total amount eur usd gbp chf aed sar inr pkr kes qty users devices items pcs units tag waybill "
    "awb tracking parcel shipment sku ean barcode lot batch asset licence license "
    "version build release patch firmware bios driver ext extension phone mobile tel fax tablet printer scanner "
    "monitor dock model".split()) | frozenset(DEVICE_WORDS)  # a machine's or a model's number is no code
# Words that make the number after them a numbered thing's ("no 660213", "Nr. 482913") or a quantity
# ("about 250000", "over 120000").
_NUMBER_WORDS = frozenset("no nr nro num number numero nº n° about around approx approximately nearly almost over "
                          "under some total than ~".split())
_LINE_VALUE = re.compile(r"(?<![\w.:/#,-])(?:(?:[A-Z]-)?\d{6,8}|\d{3}[ .-]\d{3}|\d{2}[ -]\d{2}[ -]\d{2}|\d{4}[ -]\d{4}|"
                         r"[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8})?)(?![\w/,-]|\.\w)")


def _random_looking(core: str) -> bool:
    """Capitals and digits drawn at random, as a generated code is ("E55HM625", "34YA84"): six to ten
    of them, taking turns three times or holding two of each, and no run of four letters (a word or a
    name: "NEWTON3F") nor a name cut short with a number (a transaction or model code: "VL02N")."""
    if not 6 <= len(core) <= 10 or _LETTER_RUN.search(core):
        return False
    turns = len(_TURNS.findall(core))
    return turns >= 3 or turns == 2 and sum(c.isdigit() for c in core) >= 2 and sum(c.isalpha() for c in core) >= 2


_LETTER_RUN = re.compile(r"[A-Z]{4}")


def _code_line(line: str) -> str:
    """One line with its only code-shaped number replaced (see ``redact_code_lines``), or as it was."""
    values = list(_LINE_VALUE.finditer(line))
    if len(values) != 1 or _ANY_DIGIT.search(line[:values[0].start()] + line[values[0].end():]):
        return line
    words = _WORD.findall(line[:values[0].start()] + " " + line[values[0].end():])
    if not 2 <= len(words) <= 8:
        return line
    value = values[0].group(0)
    core = value.replace("-", "").replace(" ", "").replace(".", "")
    if core.isdigit():
        if not 6 <= len(core) <= 8 or _date_or_time(value) or core[:2] in ("19", "20") and len(core) == 8:
            return line
    elif not _random_looking(core) or _RECORD_LIKE.match(value):
        return line
    folded = [unaccented(w.lower()) for w in words]
    if any(w in _NOT_CODE_HERE or w in _LINE_RECORD_WORDS or w.rstrip("s") in _LINE_RECORD_WORDS or
           _COMPOUND_HEADS.search(w) and not _compound_code_word(w) for w in folded):
        return line  # a word names the number: a record's, a thing's, an error's ("Fehlercode")
    before = line[:values[0].start()].split()
    if before and before[-1].strip(".:#").lower() in _NUMBER_WORDS or _measure(line, values[0]):
        return line
    return line[:values[0].start()] + "[code]" + line[values[0].end():]


def _measure(line: str, value: re.Match) -> bool:
    """A number with a unit or a counted noun right after it ("482 ms", "3000 messages"), or a model
    code right after the name of a thing ("Charger BQ7T4K"): a measure, a count or a model, not a code."""
    after = _WORD.match(line, value.end() + 1) if line[value.end():value.end() + 1] == " " else None
    if after and unaccented(after.group(0).lower()) in _MEASURE_WORDS:
        return True
    before = line[:value.start()].split()
    return bool(before) and not value.group(0).isdigit() and \
        unaccented(before[-1].strip(".:,").lower()) in _THING_WORDS


# Units of time, size, speed and money, and the nouns a number counts in an export ("120000 rows"):
# after a number they make it a measure or a count. Plural and singular, several languages' units.
_MEASURE_WORDS = frozenset("""
ms msec millisecond milliseconds s sec secs second seconds min mins minute minutes h hr hrs hour hours day days
week weeks month months year years b byte bytes kb kib mb mib gb gib tb tib bit bits kbps mbps gbps px pixel
pixels dpi hz khz mhz ghz mah wh kwh w v cent cents pence penny cts eur euro euros usd dollar dollars gbp pound
pounds chf yen rupees times x percent pct item items message messages mail mails email emails file files
record records row rows line lines user users request requests call calls error errors event events page pages
entry entries ticket tickets copy copies point points step steps word words char chars characters attempt
attempts hit hits click clicks job jobs task tasks unit units piece pieces km m cm mm kg g
sekunden minuten stunden tage octets segundos minutos horas secondes heures jours
""".split())
# Things sold and tracked by model: a capitals-and-digits code right after one of them is its model.
_THING_WORDS = frozenset("""
charger adapter adaptor cable battery headset headphones dongle keyboard mouse monitor screen dock docking
stand bag case sleeve pen stylus webcam camera speaker microphone mic router switch hub drive disk ssd hdd
toner cartridge ink lamp bulb fan psu supply cord plug
""".split())


def _equal_groups(value: str) -> bool:
    """A code shown in groups shows them of equal length ("482 913", "48-29-13", "4829-1377"); a
    number in unequal groups (three digits then two then four, or two then five) is a tariff, a tag or a reference."""
    groups = re.split(r"[ .-]", value)
    return len(groups) == 1 or len({len(g) for g in groups}) == 1


def _decimal(value: str) -> bool:
    """Digits parted by one dot into groups of unequal length ("8471.30", "1249.5"): a decimal, a price or
    a tariff number; a code shown in groups shows them equal ("583.204")."""
    parts = value.split(".")
    return len(parts) == 2 and len(parts[0]) != len(parts[1])


def looks_like_password(token: str) -> bool:
    """A token shaped like a password (letters and digits, or letters joined by a password symbol:
    "cedar+radec"; 6-64 characters) and like nothing else that follows password words ("Notepad++"
    ends in its symbols, "Ctrl+Alt+Del" is a chord of keys)."""
    core = token.strip(_PUNCT_EDGES)
    if not 6 <= len(core) <= 64 or _written_mark(token):
        return False
    if not _SECRET_SHAPE.match(core) and not _letters_joined_by_symbol(core):
        return False
    # a server's name ("qa-web-01") after "password for" is the system whose password it is
    return not _NOT_SECRET.fullmatch(core) and not _key_chord(core) and not server_shaped(core)


# The shape of a secret whose case changes as no word's does (``random_case``; the phenomenon is
# described beside ``_CASE_CHANGE_HINT`` in :mod:`.pii_structure`, which finds such tokens in text).
_CASE_STRETCH = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_CASE_FLIP = re.compile(r"[a-z]{2,}\d+[A-Z]{2,}|[A-Z]{2,}\d+[a-z]{2,}")
_VOWELS = frozenset("aeiouyAEIOUY")
# A number's unit is written in the case its standard gives ("5GHz", "10GbE", "12mAh"): up to four
# letters right after a digit are read as a unit, not as a stretch of the token.
_UNIT_AFTER_NUMBER = re.compile(r"(?<=\d)[A-Za-z]{1,4}(?![A-Za-z])")


# The English possessive ending (straight or typographic apostrophe) at a token's end.
_POSSESSIVE = re.compile(r"['’]s\Z")


def random_case(token: str) -> bool:
    """A token whose letters change case as no word does (see ``_CASE_CHANGE_HINT``). A token of letters
    alone needs three unpronounceable stretches: Windows names its services and processes with two
    ("MsMpEng", "SCardSvr", "chkDsk": abbreviated words joined in CamelCase), a generator's secret of
    letters alone has more; with a digit or a symbol, two are enough. A possessive ending is the
    sentence's, not the token's ("McDonald's", "VMware's": the name is judged without it)."""
    core = token.strip(_PUNCT_EDGES)
    if _POSSESSIVE.search(core):
        token = core = _POSSESSIVE.sub("", core)
    if _CASE_FLIP.fullmatch(core):
        return True
    if token.islower() or token.isupper() or not any(c.isalpha() for c in token):
        return False  # one case throughout: a word, an acronym, a serial or a host, never a case change
    odd = 0
    for i, stretch in enumerate(_CASE_STRETCH.findall(_UNIT_AFTER_NUMBER.sub("", token))):
        if stretch.isupper() and len(stretch) >= 2 or i == 0 and len(stretch) == 1 and stretch.islower():
            continue  # an acronym, or the small prefix letter of a product ("iPhone", "eBay")
        odd += not _VOWELS.intersection(stretch)
    return odd >= (3 if token.isalpha() else 2)


def generated_shape(token: str) -> bool:
    """A token shaped as a generator makes a secret, digits or none: letters of both cases with a
    password symbol ("Kw@rT&pLx"), or letters whose case changes as no word's does (``random_case``:
    "ZqVbnTkR"). Asked only of the few tokens right after a password word, where the words of a
    sentence are no such token and a product's or a path's shape is ruled out (``strong_password``'s
    exclusions)."""
    core = _slot_core(token)
    if not 6 <= len(core) <= 64 or not any(c.isalpha() for c in core) or _written_mark(token):
        return False
    if _NOT_STRONG.fullmatch(core) or _NOT_SECRET.fullmatch(core.strip(_PUNCT_EDGES)) or _key_chord(core) \
            or server_shaped(core):
        return False
    mixed_case = any(c.isupper() for c in core) and any(c.islower() for c in core)
    # symbols only at the end are a product's or a language's name ("Notepad++", "MyApps!")
    inner = core.rstrip("".join(_PASSWORD_SYMBOLS))
    return mixed_case and any(c in _PASSWORD_SYMBOLS for c in inner) or random_case(core)


def _slot_core(token: str) -> str:
    """A token right after a password word without the label's separator glued before it
    ("：Kq7...", in narrow or wide forms) and the punctuation around it (``_strong_core``)."""
    return _strong_core(token.lstrip(":;,=：；，＝"))  # (``_strong_core`` keeps a leading separator)


_GENERATED_SLOT = 3
"""How many tokens after a password word may hold a value of ``generated_shape`` ("password is X",
"contraseña provisoria: X"): later tokens are the sentence going on."""


# Three or four words (or two and a number) joined by one "-", "." or "_" each, with no space: a
# passphrase as generators and people make them ("otter-plum-vessel", "fig.canoe.88"). Asked only
# of a token in a password word's value slot, right after ":" or "=" ("Password for self-service-portal"
# names the system whose password it is): compounds such as "sign-in" or "e-mail" have one join, and a
# dotted name under a domain ends in a short label (".com", ".org"), which a part of four letters
# or more, or a number, does not.
_JOINED_PHRASE = re.compile(r"[^\W\d_]{3,20}(?P<j>[-._])[^\W\d_]{3,20}(?P=j)(?:[^\W\d_]{4,20}|\d{1,4})"
                            r"(?:(?P=j)(?:[^\W\d_]{4,20}|\d{1,4}))?")


# Two words or more, each a capital then small letters, joined by "&", "@" or "+" with no digit: how
# firms, shops and products are named ("Smith&Sons", "Tools+More", "Pay@Home"). After a phrase cue
# ("tried", "typed", "entered") or a few words before a password word, such a join names what was tried
# or whose password it is; right after a password word and its separator it stays a passphrase.
_NAME_JOIN = re.compile(r"[A-Z][a-z]{1,19}(?:[&@+][A-Z][a-z]{1,19})+(?:['’]s)?")


def name_join(token: str) -> bool:
    """Whether ``token`` (its punctuation edges aside) is a name joined by "&", "@" or "+" (``_NAME_JOIN``)."""
    return bool(_NAME_JOIN.fullmatch(token.strip(_PUNCT_EDGES)))


def _join_kept(text: str, start: int, end: int, words: list[tuple[int, int]]) -> bool:
    """Whether a name join at ``start``-``end`` is kept: no password word of ``words`` in its sentence
    names it, save one right after it ("<Firm>&<Firm> password": the join names whose password it is).
    A password word elsewhere in the sentence, before or after ("... is my password", "tried ... as the
    password", "password: ..."), says the join is the secret."""
    for a, b in words:
        if a >= end and (text[end:a].strip(" \t") == "" or _reach(text, end) < a):
            continue  # right after the join, or past its sentence
        if b <= start and _reach(text, b) < start:
            continue  # in an earlier sentence
        if a < end and b > start:
            continue
        return False
    return True


def _letters_joined_by_symbol(core: str) -> bool:
    """Letters on both sides of a password symbol inside the token ("tui+iut", "Wisła#mimosa"), or of
    an underscore ("Fjord_lantern"): this is only asked of a token a password word names, and there
    two words glued by "_" are a passphrase (prose never writes one; identifiers are no password's
    neighbours)."""
    return any((c in _PASSWORD_SYMBOLS or c == "_") and core[i - 1].isalpha() and core[i + 1].isalpha()
               for i, c in enumerate(core[1:-1], 1))


def _classes(core: str) -> int:
    """How many of lower-case letters, capitals, digits and other characters a token mixes."""
    return (any(c.islower() for c in core) + any(c.isupper() for c in core) + any(c.isdigit() for c in core)
            + any(not c.isalnum() for c in core))


def strong_password(token: str) -> bool:
    """A token that is a password by its shape alone: letters, digits and a password symbol, 6-64
    characters, and none of the shapes of identifiers, versions, paths, addresses, colour codes,
    channels, key=value settings or shortcuts (see ``_NOT_STRONG``)."""
    core = _strong_core(token)
    if not 6 <= len(core) <= 64 or not any(c in _PASSWORD_SYMBOLS for c in core) or _written_mark(token):
        return False
    if not _SECRET_SHAPE.match(core) or _NOT_STRONG.fullmatch(core) or _key_chord(core):
        return False
    return not _NOT_SECRET.fullmatch(core.strip(_PUNCT_EDGES))


# A placeholder an earlier rule wrote ("[username]@host"; only ``shared.PLACEHOLDER_KINDS``, a password
# may hold a bracketed word of its own): its brackets, "@" or ":" are no password symbols.
_PLACEHOLDER = re.compile(r"\[(?:%s)\]" % "|".join(map(re.escape, sorted(PLACEHOLDER_KINDS, key=len, reverse=True))))


def holds_placeholder(token: str) -> bool:
    """Whether ``token`` holds a placeholder of redaction (``[username]``): then it is no secret."""
    return "[" in token and bool(_PLACEHOLDER.search(token))


def _strong_core(token: str) -> str:
    """A token without the punctuation, brackets and quotes around it, as ``strong_password`` judges it."""
    return token.rstrip(".,;:!?)]}\"'”’»").lstrip("([{\"'“‘«`").rstrip("`")


def _span_of(token: re.Match, core: str) -> tuple[int, int]:
    """Where ``core``, a part of the matched token, stands in the text, with the closing bracket of a
    bracket it opens ("winter[2024]": stripping edge punctuation took it away)."""
    written = token.group(0)
    at = written.index(core)
    end = at + len(core)
    for opening, closing in ("[]", "()", "{}"):
        if written[end:end + 1] == closing and core.count(opening) > core.count(closing):
            end += 1
    return token.start() + at, token.start() + end


def _mixed_password(token: str, products_too: bool = False) -> bool:
    """A password shape that mixes three classes of characters ("Start875Ce", "Sahara_734"); unless
    ``products_too``, no word with a number glued on, which is how products are named ("Office365",
    "Win11Pro" before the word "password" are the system whose password it is)."""
    core = token.strip(_PUNCT_EDGES)
    if not looks_like_password(core) or _classes(core) < 3 or _written_mark(token):
        return False
    symbol_end = token.rstrip("\"'”’)]»").endswith(_SYMBOL_ENDINGS)
    return products_too or symbol_end or not _PRODUCT_WORD.fullmatch(core)  # "Winter2031!" is no product


# A product or platform written with its number ("Office365", "Win11Pro", "iPhone15", "Windows10"): one
# or two capitalised words around a number, no symbol.
_PRODUCT_WORD = re.compile(r"[a-z]?[A-Z]?[a-z]+\d+(?:[A-Z][a-z]+)?|[A-Z]{1,3}\d+[A-Z]?[a-z]*")
# A hedged recollection of a value, as people give the secret they are unsure of: "she thinks it is",
# "I believe it was", "maybe it's", "it might be".
_HEDGE = re.compile(r"(?i)\b(?:(?:think|thinks|thought|believe|believes|guess|guesses|maybe|probably|perhaps|"
                    r"sure|remember|remembers)[ \t]+(?:it|that)(?:[ \t]*'s|[ \t]+(?:is|was))"
                    r"|it[ \t]+(?:might|may|could|should|must)[ \t]+be)\b")
# Candidates for the cue-free rule: tokens holding a password symbol (a cheap scan, then the shape check).
# Anchored at a token's start: tried inside a long token without a symbol, it was quadratic.
_SYMBOL_TOKEN = re.compile(r"(?<!\S)\S*[!@#$%^&*?~+=]\S*")
# "printer#3" and "USB3+HDMI" have a password's shape too and are redacted: a word and a number joined
# by "#" or "+" is how many passwords are made, and a lost token costs less than a leaked password.
_PASSWORD_WORDS_AFTER = 8
"""A password word at most this many words after a value names it ("Xk7!pq is my password")."""


PasswordCues = tuple[list[tuple[int, int]], list[int]]
"""A text's password words as spans and the ends of its password phrases (see :func:`password_cues`)."""


def password_cues(text: str, other_languages: bool = True) -> PasswordCues:
    """The password words (typing slips allowed) as spans, a value may come after or before them, and
    the ends of the phrases ("tried", "set it to"), a value may follow; ``other_languages``: the text
    holds a stem of another language's password word. Read once per text for both
    :func:`redact_glued_words` and :func:`redact_passwords`."""
    words = [m.span() for m in _PASSWORD_WORD.finditer(text) if _cue(m.group(0), _PASSWORD_WORDS)]
    if other_languages:
        words += [m.span() for m in _PASSWORD_WORDS_INTL.finditer(text)]
    # a placeholder an earlier rule wrote ("%[password] //nas/share") names what it replaced, not the next token
    words = [(a, b) for a, b in words if not (a and text[a - 1] == "[" and text.startswith("]", b))]
    return words, [m.end() for m in _PASSWORD_PHRASE.finditer(text)]


def _values_before(text: str, cue_start: int) -> list[tuple[int, int]]:
    """Tokens of mixed password shape at most ``_PASSWORD_WORDS_AFTER`` words before a password word,
    in its sentence ("Xk7!pq is what I set as the password")."""
    floor = max(text.rfind("\n", 0, cue_start) + 1, cue_start - 80)
    if not _ANY_DIGIT.search(text, floor, cue_start) and not _SYMBOL_HINT.search(text, floor, cue_start) and \
            not _JOINED_WORDS.search(text, floor, cue_start):
        return []  # every value this reads has a digit or a password symbol: most windows have neither
    tokens = list(_TOKEN.finditer(text, floor, cue_start))[-_PASSWORD_WORDS_AFTER:]
    spans = []
    for k, token in enumerate(tokens, 1 - len(tokens)):
        if _SENTENCE_END.search(token.group(0)[:-1]):
            spans.clear()  # a sentence ended inside the window: what came before it is not named
            continue
        # a product names the system only right before the word ("Office365 password"); with words
        # between, the value is what the sentence says of the password ("Delta2031 was my password")
        if k == 0 and name_join(token.group(0)):
            continue  # right before the password word, a join names whose password it is
        if _mixed_password(token.group(0), products_too=k < 0) or strong_password(token.group(0)):
            spans.append(_span_of(token, token.group(0).strip(_PUNCT_EDGES)))
    return spans


_JOINED_WORDS = re.compile(r"[^\W\d_]_[^\W\d_]")


def _after_hedges(text: str) -> list[tuple[int, int]]:
    """The token right after a hedged recollection, when it mixes three classes of characters."""
    spans = []
    for match in _HEDGE.finditer(text):
        token = _TOKEN.match(text, match.end() + (len(text[match.end():]) - len(text[match.end():].lstrip(" \t"))))
        if token and _mixed_password(token.group(0), products_too=True):
            spans.append(_span_of(token, token.group(0).strip(_PUNCT_EDGES)))
    return spans


def redact_strong_passwords(text: str) -> str:
    """Tokens that are passwords by their shape alone (``strong_password``) become ``[password]``,
    and so does a token of capitals, small letters and digits ending in a password symbol when the
    sentence goes on after it in small letters ("Fjord2031! but no luck"): there the symbol is no
    punctuation."""
    spans = []
    for token in _SYMBOL_TOKEN.finditer(text):
        if strong_password(token.group(0)):
            spans.append(_span_of(token, _strong_core(token.group(0))))
    for match in _SYMBOL_ENDED.finditer(text):
        core = match.group("token")
        if _classes(core.rstrip("!#$%&*?")) == 3 and looks_like_password(core.rstrip("!#$%&*?")):
            spans.append(match.span("token"))
    return replace_spans(text, spans, "[password]")


# Two words or more glued by a password symbol ("Harbor+Willow", "fjord#lantern") in the sentence of
# a password cue: how people make a passphrase they can remember and a policy accepts. Without a cue
# the shape is no secret: product lists ("Teams+Outlook"), tags ("#news#team"), file names
# ("Budget$Q3") and SSIDs glue words the same way. Shortcuts of key names (``_key_chord``) and joins
# of words the export writes every day ("mail+calendar") stay even then. "!" and "*" are left out
# (an exclamation and a wildcard glue words in chat and searches: "great!thanks", "Finance*"), and so
# is "=" (log lines and settings write "key=value" of words).
_GLUED_WORDS = re.compile(r"(?<![\w&#@/\\:.+-])[^\W\d_]{3,20}(?:[+#$~^%][^\W\d_]{3,20})+\d{0,4}"
                          r"(?![\w@/\\+!*]|[.:]\w|[;(=])")
GLUED_WORDS_HINT = re.compile(r"[^\W\d_]{3}[+#$~^%][^\W\d_]{3}")
"""Letters on both sides of a password symbol: where none is, no token is glued words."""
_GLUE = re.compile(r"[+#$~^%]")


def redact_glued_words(text: str, everyday: frozenset[str] = frozenset(), other_languages: bool = True,
                       found: PasswordCues | None = None) -> str:
    """Words glued by a password symbol (``_GLUED_WORDS``) in the sentence of a password cue, at most
    ``_CUE_REACH`` characters from it, become ``[password]``; shortcuts and joins of the export's
    ``everyday`` words (lower case) excepted. ``found``: the text's cues, if already read."""
    words, phrase_ends = found or password_cues(text, other_languages)
    cues = [start for start, _ in words] + phrase_ends
    spans = [m.span() for m in _GLUED_WORDS.finditer(text) if _cued(text, m, cues) and not _shortcut(m.group(0))
             and not (name_join(m.group(0)) and _join_kept(text, m.start(), m.end(), words))
             and not _in_address(text, m)
             and not all(part.rstrip("0123456789").lower() in everyday for part in _GLUE.split(m.group(0)))]
    return replace_spans(text, spans, "[password]")


def _cued(text: str, match: re.Match, cues: list[int]) -> bool:
    """Whether a password cue lies in the reach of ``match`` (see :func:`_reach`), before or after it."""
    return any(_reach(text, min(cue, match.start())) >= max(cue, match.start()) for cue in cues)


_CUE_REACH = 100
"""How far from a password cue its value may stand, in characters (a search to the text's end per cue
was quadratic)."""


def _reach(text: str, start: int) -> int:
    """Where a cue at ``start`` stops reaching: ``_CUE_REACH`` characters on, or its sentence's end
    if that comes first (a value is named in its cue's sentence)."""
    window = min(len(text), start + _CUE_REACH)
    stop = _SENTENCE_END.search(text, start, window)
    return stop.start() if stop else window


_ADDRESS_MARKS = re.compile(r"[/\\=?]")


_NON_SPACE_RUN = re.compile(r"\S*")


def _in_address(text: str, match: re.Match) -> bool:
    """Whether the whitespace-delimited token around ``match`` is a URL, a path or a key=value pair
    (it holds "/", "\\", "=" or "?"): there "+" stands for a space and "#" opens a fragment."""
    floor = max(0, match.start() - 200)  # bounded: a search to the text's ends per match was quadratic
    # the token's start: the run of non-space before the match, read backwards (the same \s as forwards)
    start = match.start() - _NON_SPACE_RUN.match(text[floor:match.start()][::-1]).end()
    ceiling = min(len(text), match.end() + 200)
    end = _NON_SPACE_RUN.match(text, match.end(), ceiling).end()
    return bool(_ADDRESS_MARKS.search(text, start, end))


def redact_passwords(text: str, other_languages: bool = True, found: PasswordCues | None = None) -> str:
    """Password-shaped tokens within eight words after a password cue (same sentence), or a few words
    before a password word, become ``[password]``. ``found``: the text's cues, if already read."""
    words, phrase_ends = found or password_cues(text, other_languages)
    phrase_set = set(phrase_ends)
    spans = [span for start, _ in words for span in _values_before(text, start)]
    for cue_end in sorted([end for _, end in words] + phrase_ends):
        limit = _reach(text, cue_end)
        for count, token in enumerate(_TOKEN.finditer(text, cue_end, limit)):
            if count >= 8:
                break
            quoted = _QUOTED.fullmatch(token.group(0).rstrip(".,;:!?"))
            if cue_end in phrase_set and not quoted and name_join(token.group(0)) and \
                    _join_kept(text, token.start(), token.end(), words):
                continue  # what was tried or typed is a firm's name unless the sentence calls it the password
            core = token.group(0).strip(_PUNCT_EDGES)
            if count < 2 and cue_end not in phrase_set and _SETTING.fullmatch(core):
                slot = _DIRECT_SLOT.match(text, cue_end, token.end())
                if slot and text.startswith(core, slot.end()):  # the setting's shape right in the value slot
                    spans.append(_span_of(token, core))
                    continue
            if count < _GENERATED_SLOT and generated_shape(token.group(0)):
                spans.append(_span_of(token, _slot_core(token.group(0))))
            elif looks_like_password(token.group(0)) or (quoted and not _NOT_SECRET.fullmatch(quoted.group(1))):
                spans.append(_span_of(token, quoted.group(1) if quoted else token.group(0).strip(_PUNCT_EDGES)))
        phrase = (_PASSPHRASE_BARE if cue_end in phrase_set else _PASSPHRASE).match(text, cue_end, limit)
        if phrase:
            spans.append(phrase.span("phrase"))
        joined = _SEPARATED_VALUE.match(text, cue_end, limit)
        if joined and _JOINED_PHRASE.fullmatch(joined.group("value")) and not server_shaped(joined.group("value")):
            spans.append(joined.span("value"))
        word = _WORD_SLOT.match(text, cue_end, limit)
        if word and _slot_word(word.group("sep"), word.group("word")):
            spans.append(word.span("word"))
    return replace_spans(text, spans, "[password]")


# A passphrase in the value slot of a password word: after a separator (":", "=", "|", "/", a quote) or
# a linking word of the languages users write ("is", "to", "auf", "a", "es"...), two or three words
# and a number, spaced or joined ("maple lantern 42", "fjord.kettle.17"), that end the phrase (the line,
# a quote, a bar, a comma, or "and"/"but" and their kin go on with something else). A sentence such as
# "password expired 3 days ago" has no separator before its words, so it is no slot.
_PHRASE_VALUE = (r"[ \t]*[\"'“‘`]?(?P<phrase>[^\W\d_]{3,20}(?:[ ._-][^\W\d_]{3,20}){1,2}[ ._-]\d{1,4})"
                 r"(?=[\"'”’`]?[ \t]*(?:$|\n|[|,;.!?)]|[ \t](?:and|or|but|ma|y|et|und|en|a|e|i|na|pero|lekin)\b))")
_PASSPHRASE = re.compile(r"[^\n|]{0,40}?(?:[:=|/\"'“‘`]|\b(?:is|was|to|auf|ist|war|es|est|je|ay|ko|con|with)\b)"
                         + _PHRASE_VALUE)
# One word of eight letters or more right in a password word's value slot that ends the phrase: words
# run together as people make a password ("lanternorchid"). What a sentence says of a password there
# is a state, a participle or an adjective ("incorrect", "expired", "unchangeable"), which
# ``_STATE_WORD`` knows by its ending; see ``_slot_word`` for what each separator asks of the word.
# Linking words that are also English prepositions ("on", "a", "en") are no slot ("password on Friday").
_WORD_SLOT = re.compile(r"[ \t]*(?P<sep>[:=]|\b(?:is|was|ko|es|est|je|ist)\b)[ \t]*[\"'`“‘]?(?P<word>[^\W\d_]{8,40})"
                        r"[\"'`”’]?(?=[ \t]*(?:$|\n|[|,;.!?)]|[ \t](?:and|or|but|pero|lekin|mais|aber|ma)\b))")
_STATE_WORD = re.compile(rf"(?i)(?:{'|'.join(EVENT_ENDINGS)}|able|ible|ous|ful|less|ive|ent|ant|ate|ory|ary|al|ic|ly)\Z|"
                         r"\A(?:incorrect|required|mismatch|unknown|wrong|invalid|blank|empty|same|different)\Z")
# The value right after ":" or "=" behind a password word, as a config line or a form writes it.
_SEPARATED_VALUE = re.compile(r"[ \t]*[:=][ \t]*[\"'`“‘]?(?P<value>[^\s\"'`”’,;]{6,80}?)[\"'`”’]?(?=[.,;!?)]?(?:\s|\Z))")


def _slot_word(sep: str, word: str) -> bool:
    """A word in a password's value slot is the secret when written as an assignment ("= lanternorchid"),
    unless it says a state; after ":" or a linking word ("is", "was") sentences name states, qualities
    and products ("password: whatever", "password is Microsoft", "the secret is patience"), so there the
    word must mix cases inside it as a made-up secret does ("lanternOrchid")."""
    if _STATE_WORD.search(word):
        return False
    return sep == "=" or any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


# After "tried", "typed", "set it to" the value follows at once ("I tried maple lantern 42 and ...").
_PASSPHRASE_BARE = re.compile(_PHRASE_VALUE)


_HEDGE_HINT = re.compile(r"\bit(?:'s| is| was| might| may| could| should| must)")
"""Every hedge holds "it" before its verb: a cheap pre-check on the lower-cased text."""
_SYMBOL_ENDED = re.compile(r"(?<!\S)(?P<token>[A-Za-z0-9]{5,40}[!#$%&*?]{1,2})(?=[ \t]+[a-z])")
_SYMBOL_HINT = re.compile(r"[A-Za-z0-9][!@#$%^&*?~+=]+[A-Za-z0-9]|(?<!\S)[!@#$%^&*~+=][A-Za-z0-9]|\d[!#$%&*?][ \t]+[a-z]")
"""A password symbol between letters or digits, opening a token, or ending one before a word that
goes on in small letters: where none is, no token is strong."""
