"""Text cleaning: strip what e-mail and ticket tools add around the problem a person describes.

Cleaning removes HTML and wiki-markup remnants, external-mail banners, confidentiality
disclaimers, greetings, sign-offs and signatures, "Sent from my iPhone", forwarded-mail and
quoted-reply headers, ``RE:``/``FW:`` subject prefixes, and boilerplate close notes that say
nothing about the fix ("Closed before close notes were made mandatory", "No response from
user after 3 attempts"). The rules describe how e-mail is written, never what a problem is
about, so they carry over to other desks and topics.
"""
from __future__ import annotations

import html
import re
from dataclasses import replace

from .model import Ticket

_TAG = re.compile(r"<\s*/?\s*[A-Za-z][^<>]{0,400}>")
_BLOCK_TAG = re.compile(r"<\s*(?:br|/p|/div|/li|/tr|/h[1-6]|/pre|/blockquote)\b[^<>]*>", re.I)
_WIKI = re.compile(r"\{(?:noformat|quote|code(?::[^}]*)?|panel(?::[^}]*)?|color(?::[^}]*)?)\}", re.I)
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|tr)\s*(?:\[\d+\])?\s*:\s*|\[external\]\s*)+", re.I)
_URGENCY = re.compile(r"\s*(?:[-–:!]+\s*)?\b(?:urgent|asap|pls help|please help|help!*)\s*!*\s*$", re.I)

# A paragraph that is a legal or security banner, not part of the message.
_BANNER = re.compile(
    r"(?i)\b(?:originated from outside|do not click links|intended (?:solely|only )?for the|"
    r"intended recipient|confidentiality notice|privileged information|registered in england|"
    r"this e-?mail and any (?:files|attachments)|unauthori[sz]ed (?:review|use)|"
    r"please consider the environment)")
_SENT_FROM = re.compile(r"(?im)^\s*(?:sent from (?:my|outlook|mail|yahoo|samsung)\b.*|get outlook for \w+.*)$")
_FORWARD_RULE = re.compile(r"(?im)^\s*-{2,}\s*(?:original message|forwarded message)\s*-{2,}\s*$|^\s*_{5,}\s*$")
_HEADER_LINE = re.compile(r"(?im)^\s*(?:from|sent|to|cc|bcc|date|subject)\s*:.*$")
_QUOTE_INTRO = re.compile(r"(?im)^\s*on .{3,120} wrote:\s*$")
_QUOTE_MARK = re.compile(r"(?m)^\s*>+ ?")
_SIGNATURE_RULE = re.compile(r"(?m)^\s*--\s*$")
_CLOSING = re.compile(
    r"(?i)^\s*(?:many thanks|thanks(?: (?:a lot|again|in advance))?|thank you(?: so much)?|thx|ta|"
    r"cheers|regards|kind regards|best regards|warm regards|best(?: wishes)?|br|kr|rgds|"
    r"mit freundlichen gr(?:ü|ue)(?:ß|ss)en|vg|lg)\b[\s!.,🙏🙂]*$")
_GREETING = re.compile(
    r"(?i)^\s*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|afternoon|"
    r"evening|hallo|guten tag)\b(?:[ ,]+(?:all|team|there|it|it team|service desk|support|"
    r"guys|folks|everyone|[A-Z][\w'-]*))?[\s!.,]*$")
_GREETING_PREFIX = re.compile(
    r"(?i)^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon)|morning)(?:[ ,]+(?:all|team|there))?[,!]\s+")
_CONTACT_LINE = re.compile(
    r"(?i)^\s*(?:t|m|e|p|f|w|tel|phone|mobile|mob|direct|cell|email|e-mail|ext)\b\.?\s*[:.]?\s*[+(0-9\w]"
    r".{0,80}$")
_CHAT_LINE = re.compile(r"(?m)^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*[^:\n]{1,40}:\s*")
# Help-request filler that says nothing about the problem ("any ideas?", "not urgent but annoying").
_FILLER = re.compile(
    r"(?i)(?:,\s*)?\b(?:any ideas|not sure who else to ask|can (?:someone|somebody|you|u) (?:please )?"
    r"(?:have a look|take a look|help)|not urgent but annoying|not sure if this is (?:an )?it (?:issue|thing|"
    r"problem)?\s*but|thanks in advance|sorry if this is a (?:silly|stupid|dumb) question|sorry to (?:chase|bother)"
    r"(?: you)?|please can this be looked at(?: urgently| asap)?|any help (?:asap )?(?:would be|is) "
    r"(?:much |greatly )?appreciated|quick (?:one|question)|urgent(?:ly)? pls|pls help|please help)\b[?!.]*")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")

# Close notes that say a ticket was closed, not how the problem was fixed.
_BOILERPLATE_CLOSE = re.compile(
    r"(?i)^\s*(?:closed before close notes were made mandatory|no response from (?:the )?(?:user|caller)"
    r"\b.*|(?:auto[- ]?)?closed (?:by system|automatically|due to inactivity)\b.*|resolved\s*[-–:]?\s*"
    r"see (?:work ?notes|comments|above)\b.*|see (?:work ?notes|comments)\b.*|updated record\.?|"
    r"duplicate(?: of \S+)?\.?|n/?a\.?|none\.?|done\.?|fixed\.?|resolved\.?|closed\.?|"
    r"user confirmed (?:issue )?resolved(?: itself)?\.?|issue resolved itself\.?)\s*$")


def strip_markup(text: str) -> str:
    """Plain text from HTML or Jira wiki remnants: tags removed, entities decoded.

    Args:
        text: text that may hold ``<div>``, ``<br>``, ``&amp;`` or ``{noformat}``.

    Returns:
        The text with line breaks where block tags were.
    """
    if "<" in text:
        text = _BLOCK_TAG.sub("\n", text)
        text = _TAG.sub(" ", text)
    text = _WIKI.sub("\n", text)
    if "&" in text:
        text = html.unescape(text)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def clean_subject(subject: str) -> str:
    """The subject without ``RE:``/``FW:``/``[EXTERNAL]`` prefixes and trailing "urgent"."""
    text = _SPACES.sub(" ", strip_markup(subject)).strip()
    text = _SUBJECT_PREFIX.sub("", text)
    return _URGENCY.sub("", text).strip(" -:")


def _drop_banners(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text)
    kept = []
    for paragraph in paragraphs:
        if _BANNER.search(paragraph):
            sentences = re.split(r"(?<=[.!?])\s+", paragraph)
            paragraph = " ".join(s for s in sentences if not _BANNER.search(s) and not _is_legal(s))
        kept.append(paragraph)
    return "\n\n".join(kept)


def _is_legal(sentence: str) -> bool:
    return bool(re.search(r"(?i)\b(?:prohibited|registered in|company no|attachments unless)", sentence))


def _cut_signature(lines: list[str]) -> list[str]:
    """Cut at a ``--`` rule or a closing ("Thanks,", "Kind regards") in the last part."""
    for index, line in enumerate(lines):
        if _SIGNATURE_RULE.match(line):
            return lines[:index]
    start = max(0, len(lines) - 12)
    for index in range(start, len(lines)):
        if _CLOSING.match(lines[index]):
            return lines[:index]
    return lines


def clean_body(text: str) -> str:
    """The message a person wrote, without the e-mail and ticket-tool wrapping.

    Args:
        text: a description or comment as exported (plain text, HTML or wiki markup).

    Returns:
        Cleaned text; paragraphs kept, blank runs collapsed. Quoted and forwarded mail keeps
        its message but loses its headers, because the forwarded part often *is* the problem.
    """
    text = strip_markup(text)
    text = _drop_banners(text)
    text = _SENT_FROM.sub("", text)
    text = _FORWARD_RULE.sub("\n", text)
    text = _HEADER_LINE.sub("", text)
    text = _QUOTE_INTRO.sub("", text)
    text = _QUOTE_MARK.sub("", text)
    text = _CHAT_LINE.sub("", text)
    blocks = [block.split("\n") for block in re.split(r"\n\s*\n", text)]
    lines = [line for block in blocks for line in block + [""]]
    lines = _cut_signature(lines)
    lines = [line for line in lines if not _GREETING.match(line) and not _CONTACT_LINE.match(line)]
    text = "\n".join(_GREETING_PREFIX.sub("", _SPACES.sub(" ", line)).strip() for line in lines)
    return _BLANKS.sub("\n\n", text).strip()


def drop_filler(text: str) -> str:
    """Text without help-request filler phrases; used for grouping, not for display."""
    return _SPACES.sub(" ", _FILLER.sub(" ", text)).strip()


def clean_close_notes(text: str) -> str:
    """The resolution note, or '' when it is boilerplate that says nothing about the fix."""
    text = clean_body(text)
    return "" if _BOILERPLATE_CLOSE.match(text) else text


def clean_ticket(ticket: Ticket) -> Ticket:
    """A copy of a (redacted) ticket with every text field cleaned.

    Args:
        ticket: the ticket after redaction.

    Returns:
        The same ticket with subject, description, comments and close notes cleaned;
        empty comments are dropped.
    """
    comments = tuple(c for c in (clean_body(c) for c in ticket.comments) if c)
    return replace(ticket, subject=clean_subject(ticket.subject), description=clean_body(ticket.description),
                   comments=comments, close_notes=clean_close_notes(ticket.close_notes))
