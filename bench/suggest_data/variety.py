"""What makes copies of a ticket distinct in the ``--distinct`` benchmarks (``bench/redact.py``,
``bench/suggest.py``): a line of everyday words per text field and another caller per copy, drawn
from Faker's word and name lists with a fixed seed, so both benchmarks scale an export alike."""
from __future__ import annotations

import random


class Variety:
    """A seeded source of word lines and callers (the same sequence for the same seed)."""

    def __init__(self, seed: int = 5) -> None:
        from faker.providers.lorem.en_US import Provider as Lorem
        from faker.providers.person.en_US import Provider as People

        self.rng = random.Random(seed)
        self.words, self.firsts, self.lasts = list(Lorem.word_list), list(People.first_names), list(People.last_names)

    def words_line(self) -> str:
        """3 to 6 everyday words."""
        return " ".join(self.rng.choices(self.words, k=self.rng.randrange(3, 7)))

    def caller(self) -> str:
        """A first and a last name."""
        return f"{self.rng.choice(self.firsts)} {self.rng.choice(self.lasts)}"
