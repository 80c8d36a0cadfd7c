"""Schemathesis hooks for `npm run test:api-fuzz` (scripts/api-fuzz.ts).

Two rules of GET /search that its OpenAPI document states in words but cannot state in a schema
(OpenAPI has no constraint across two query parameters, and a cursor is valid by where it came
from, not by its spelling):

- `to` must not be before `from`;
- `cursor` must be a `nextCursor` the API returned, for a list of the same `collapse`.

Generated queries that the document's schemas accept but these rules refuse are dropped, so that
the data Schemathesis sends as valid is valid (without them about a fifth of it was refused with
400, and a scenario of a few cases all refused raised its "schema validation mismatch" warning).
Queries that break a schema (a malformed cursor or day, as the negative cases are) are kept: the
handler must still refuse them. The rules mirror functions/core/search/api-schema.ts and
cursor.ts; a change there shows here as that warning again.
"""

import base64
import binascii
import json
import re

import schemathesis

CURSOR = re.compile(r"[A-Za-z0-9_-]{1,6000}")
DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
ID = re.compile(r"[0-9a-f]{64}")


def _single(query, name):
    value = query.get(name)
    if isinstance(value, list):
        return value[0] if len(value) == 1 else None
    return value


def _refuse_constant(name):
    raise ValueError(name)  # JSON.parse knows no NaN or Infinity


def _number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _stories(value):
    whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    return _number(value) and whole and 1 <= value <= 1_000_000


def _snapshot(value):
    return isinstance(value, str) and 1 <= len(value) <= 4096


def _cursor_stories(text):
    """Whether cursor.ts decodes the cursor, and whether it counts stories (a collapsed list's)."""
    try:
        padded = text + "=" * (-len(text) % 4)
        raw = base64.urlsafe_b64decode(padded).decode("utf-8")
        value = json.loads(raw, parse_constant=_refuse_constant)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False, False
    if not isinstance(value, list) or len(value) < 2 or not _number(value[0]):
        return False, False
    if not isinstance(value[1], str) or not ID.fullmatch(value[1]):
        return False, False
    rest = value[2:]
    # [score, id], [score, id, 1], [score, id, 0|1, stories | snapshot], [.., stories, snapshot]
    if len(rest) == 0:
        return True, False
    if rest[0] not in (0, 1) or isinstance(rest[0], bool):
        return False, False
    if len(rest) == 1:
        return rest[0] == 1, False
    if len(rest) == 2 and (_stories(rest[1]) or _snapshot(rest[1])):
        return True, _stories(rest[1])
    if len(rest) == 3 and _stories(rest[1]) and _snapshot(rest[2]):
        return True, True
    return False, False


@schemathesis.hook
def filter_query(ctx, query):
    if ctx.operation is None or ctx.operation.path != "/search" or not isinstance(query, dict):
        return True
    start, end = _single(query, "from"), _single(query, "to")
    if isinstance(start, str) and isinstance(end, str):
        if DAY.fullmatch(start) and DAY.fullmatch(end) and start > end:
            return False
    cursor = _single(query, "cursor")
    if isinstance(cursor, str) and CURSOR.fullmatch(cursor):
        ours, stories = _cursor_stories(cursor)
        # A collapsed list (`collapse=story`, the default) is paged by stories, its cursor counts them.
        if not ours or stories != (_single(query, "collapse") in (None, "story")):
            return False
    return True
