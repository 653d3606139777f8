"""A ticket's subject as an employee would type it into search.

Shared by coverage (the queries it asks the site's search) and the fitted sign-in model
(:mod:`.sign_in_model`, which reads subjects the same way), so that neither imports the other.
"""
from __future__ import annotations

import functools

from .shared import PLACEHOLDER


@functools.lru_cache(maxsize=1 << 16)
def query_text(subject: str) -> str:
    """A subject as an employee would type it: personal-data placeholders, a trailing place or
    call-back number and tokens with digits (host, room and ticket numbers) left out."""
    from .cluster import subject_text

    words = [w for w in subject_text(PLACEHOLDER.sub(" ", subject)).split() if not any(c.isdigit() for c in w)]
    return " ".join(words).strip(" -:;,/")
