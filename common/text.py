"""What makes a text a person wrote readable: one rule for the API and the CLI.

A required reason or note goes to the timeline, the audit log and the agencies' CAP note; a
text of only blanks, zero-width or other invisible characters says nothing there.
"""

from __future__ import annotations

import unicodedata


def visible(text: str) -> bool:
    """Whether ``text`` holds a character one can see: not a blank, and not a Unicode
    separator, format or control character (U+200B, U+2060, U+FEFF, a no-break space)."""
    return any(not ch.isspace() and unicodedata.category(ch)[0] not in "ZC" for ch in text)
