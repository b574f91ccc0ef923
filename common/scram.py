"""A PostgreSQL SCRAM-SHA-256 password verifier, computed here (pure).

``ALTER ROLE … PASSWORD 'SCRAM-SHA-256$…'`` stores a verifier as it is given, so
the server never sees the password: not in ``pg_stat_statements`` (which keeps the
text of utility statements, literals included), not in its log (a failing statement
is logged whole). The verifier is what PostgreSQL's ``scram_build_secret``
(src/common/scram-common.c) makes, RFC 5802 section 3 with SHA-256 (RFC 7677):

    SaltedPassword = PBKDF2-HMAC-SHA-256(SASLprep(password), salt, iterations)
    StoredKey      = SHA-256(HMAC(SaltedPassword, "Client Key"))
    ServerKey      = HMAC(SaltedPassword, "Server Key")
    verifier       = "SCRAM-SHA-256$<iterations>:<b64 salt>$<b64 StoredKey>:<b64 ServerKey>"

The password is prepared as PostgreSQL's ``pg_saslprep`` (src/common/saslprep.c)
prepares it, on the server and in libpq alike: pure ASCII is used as it is; other
text gets SASLprep (RFC 4013: non-ASCII spaces mapped to a space, characters
"commonly mapped to nothing" dropped, NFKC); a password SASLprep refuses (prohibited
or unassigned characters, broken bidirectional text, nothing left) is used as its
raw UTF-8 bytes, as both sides then do. Bytes that are no UTF-8 (read from the
environment as surrogate escapes) are hashed as those bytes, as PostgreSQL hashes
invalid UTF-8.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import stringprep
import unicodedata

#: PostgreSQL's default ``scram_iterations``.
ITERATIONS = 4096
SALT_BYTES = 16

_PROHIBITED = (
    stringprep.in_table_c12, stringprep.in_table_c21_c22, stringprep.in_table_c3,
    stringprep.in_table_c4, stringprep.in_table_c5, stringprep.in_table_c6,
    stringprep.in_table_c7, stringprep.in_table_c8, stringprep.in_table_c9,
    stringprep.in_table_a1,
)


def saslprep(password: str) -> bytes:
    """The bytes PostgreSQL hashes for ``password`` (see the module docstring)."""
    raw = password.encode("utf-8", "surrogateescape")
    if password.isascii():
        return raw
    # A space first (U+200B is in both tables: PostgreSQL makes it a space).
    mapped = "".join(" " if stringprep.in_table_c12(ch) else ch
                     for ch in password if stringprep.in_table_c12(ch) or not stringprep.in_table_b1(ch))
    if not mapped:
        return raw
    # PostgreSQL checks the mapped text, before normalisation (pg_saslprep's steps 3
    # and 4 read its input array); so do we, or a password would hash differently.
    if any(check(ch) for ch in mapped for check in _PROHIBITED):
        return raw
    # RFC 3454 section 6: text with right-to-left characters holds no left-to-right
    # ones, and starts and ends with a right-to-left character.
    if any(stringprep.in_table_d1(ch) for ch in mapped):
        if any(stringprep.in_table_d2(ch) for ch in mapped):
            return raw
        if not (stringprep.in_table_d1(mapped[0]) and stringprep.in_table_d1(mapped[-1])):
            return raw
    prepared = unicodedata.normalize("NFKC", mapped)
    return prepared.encode("utf-8")


def verifier(password: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for ``ALTER ROLE … PASSWORD``; a random
    salt unless ``salt`` is given."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", saslprep(password), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"
