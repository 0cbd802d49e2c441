"""ASCII slugs for names: "Zoë de la Fuente" -> "zoe-de-la-fuente"."""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into a base letter plus accents.
TRANSLITERATE = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d",
     "Đ": "D", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE", "ı": "i"}
)  # fmt: skip


def fold(word: str) -> str:
    """Strip accents: "Siobhán" -> "Siobhan", "Søren" -> "Soren" (for look-ups only)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(TRANSLITERATE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(text: str) -> str:
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "person"
