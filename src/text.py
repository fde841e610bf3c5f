"""Vietnamese-aware text helpers: normalisation, search folding, collation, validation.

Pure functions only; this module must not import Qt (models and services use it).

Public API
----------
``nfc(s)``
    Unicode NFC normalisation only (nothing else changes).
``clean(s)``
    NFC + strip surrounding whitespace + collapse internal whitespace runs to one
    ASCII space.  Use it for names and titles typed by users before storing them.
``fold(s)``
    Search key: lower case, every diacritic removed, đ/Đ -> d, whitespace collapsed.
``vi_sort_key(s)``
    Sort key implementing a three-level Vietnamese dictionary collation.
``person_sort_key(full_name)``
    Sort key for people: given name (last word) first, then the rest of the name.
``is_valid_email(s)``, ``is_valid_phone(s)``
    Pragmatic contact-detail validation / tidying.

Collation conventions (``vi_sort_key``)
---------------------------------------
The comparison is multi-level, like ICU/CLDR (and ``QCollator`` for ``vi_VN``):

1. *Primary*: the base letters of the whole string, case-insensitive, tones
   ignored.  Alphabet order::

       a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z)

   ``f j w z`` (foreign words only) sit where the Latin alphabet puts them.
   ``ă``/``â`` are distinct letters after ``a`` ("Ăn" sorts after "Azz"), ``đ`` is
   a distinct letter after ``d`` ("Đoàn" sorts after every "D..." word), and so
   on for ``ê ô ơ ư``.  Digraphs (``ch gh gi kh ng ngh nh ph qu th tr``) are NOT
   special: they sort letter by letter, as modern Vietnamese dictionaries and
   ICU's ``vi`` tailoring (QCollator) do, so "ng" < "nh" < "ni" and "ca" < "ch" < "co".
   Non-letters sort before letters: whitespace < punctuation and symbols
   (common ones in CLDR root order ``_ - , ; : ! ? . ' " ( ) [ ] { } @ * / \\ & # %``
   ..., the rest by code point) < digits (by numeric value, no number parsing:
   "10" < "9") < letters.  A space sorts before any letter, which gives
   word-by-word order ("Sở Y tế" < "Sởi").  Latin letters carrying non-Vietnamese
   accents (``ö``, ``ç``) sort with their base letter (the accent is a secondary
   difference); letters that do not decompose to one of the letters above
   (``ø``, ``ß``, Greek, Cyrillic, CJK, ...) sort after ``z`` by code point.
2. *Secondary*: tones, compared character by character from the left, only
   when the primary level is equal for the whole string.  Order: ngang (none)
   < huyền (`) < hỏi (?) < ngã (~) < sắc (´) < nặng (.).  Non-Vietnamese accents
   (e.g. ``ö``) are also secondary differences, after the tone.
3. *Tertiary*: case, lower case first (as ICU does by default).

Whitespace is normalised with :func:`clean` before building the key, so two keys
are equal exactly when the ``clean`` forms of the strings are equal; in
particular NFC and NFD spellings of the same text get the same key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TypeAlias

__all__ = [
    "PersonSortKey",
    "SortKey",
    "clean",
    "fold",
    "is_valid_email",
    "is_valid_phone",
    "nfc",
    "person_sort_key",
    "vi_sort_key",
]

# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------


def nfc(s: str) -> str:
    """Return ``s`` in Unicode Normalization Form C (precomposed), unchanged otherwise.

    Vietnamese text arrives both precomposed ("ệ" = U+1EC7) and decomposed
    ("e" + U+0323 + U+0302, e.g. from macOS or some input methods); NFC makes
    them compare equal as plain strings.
    """
    return unicodedata.normalize("NFC", s)


def clean(s: str) -> str:
    """Tidy user-typed text: NFC, strip ends, collapse whitespace runs to one space.

    Any Unicode whitespace (tabs, newlines, no-break spaces, ...) counts.

    >>> clean("  Nguyễn\\tVăn   An ")
    'Nguyễn Văn An'
    """
    return " ".join(nfc(s).split())


def clean_text(s: str) -> str:
    """Tidy multi-line text (a description, a report, a reason): NFC, each line cleaned as by
    `clean`, line breaks kept, no leading or trailing empty lines, at most one empty line in a
    row.

    >>> clean_text(" 1. Đã tập huấn \\r\\n\\n\\n2.  Đã kiểm tra\\n")
    '1. Đã tập huấn\\n\\n2. Đã kiểm tra'
    """
    lines = [clean(line) for line in nfc(s).replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def fold(s: str) -> str:
    """Return an accent- and case-insensitive search key for ``s``.

    Lower-cases, removes every combining mark (Vietnamese tones *and* the
    breve/circumflex/horn of ă â ê ô ơ ư, plus foreign accents), maps đ/Đ to d
    and collapses whitespace like :func:`clean`.  Works the same for NFC and
    NFD input.  The result is NFC.  ``fold`` is idempotent.

    >>> fold("Đoàn Thanh niên")
    'doan thanh nien'
    """
    decomposed = unicodedata.normalize("NFD", s).lower()
    # lower() can itself produce combining marks ("İ" -> "i̇"), so strip afterwards.
    decomposed = unicodedata.normalize("NFD", decomposed)
    stripped = "".join(ch for ch in decomposed if not _is_nonspacing_mark(ch))
    stripped = stripped.replace("đ", "d")
    return unicodedata.normalize("NFC", " ".join(stripped.split()))


def _is_nonspacing_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


# --------------------------------------------------------------------------
# Vietnamese collation
# --------------------------------------------------------------------------

# Letters in Vietnamese dictionary order; f j w z where Latin puts them.
_VI_ALPHABET: tuple[str, ...] = (
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k",
    "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w",
    "x", "y", "z",
)  # fmt: skip

_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT_BELOW = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"

# Secondary weight of each tone mark: ngang(0) < huyền < hỏi < ngã < sắc < nặng.
_TONE_WEIGHT: dict[str, int] = {_GRAVE: 1, _HOOK: 2, _TILDE: 3, _ACUTE: 4, _DOT_BELOW: 5}

# Base letter + vowel modifier -> Vietnamese letter that is primary-distinct.
_MODIFIED_LETTER: dict[tuple[str, str], str] = {
    ("a", _BREVE): "ă",
    ("a", _CIRCUMFLEX): "â",
    ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô",
    ("o", _HORN): "ơ",
    ("u", _HORN): "ư",
}

# Primary weight groups; each primary weight is a single int ``group << 32 | sub``.
_G_SPACE, _G_PUNCT, _G_DIGIT, _G_VI_LETTER, _G_OTHER_LETTER = range(5)
_PRIMARY_SHIFT = 32
_VI_LETTER_PRIMARY: dict[str, int] = {
    letter: (_G_VI_LETTER << _PRIMARY_SHIFT) | index for index, letter in enumerate(_VI_ALPHABET)
}
# Common punctuation and symbols in CLDR root (= ICU/QCollator) order; others
# follow by code point.
_PUNCT_ORDER: dict[str, int] = {
    ch: i
    for i, ch in enumerate(
        "_-\u2013\u2014,;:!?.\u2026\u00b7'\u2018\u2019\"\u201c\u201d\u00ab\u00bb()[]{}"
        "\u00a7@*/\\&#%\u2022`^\u00b0+\u00f7\u00d7<=>|~$\u20ab\u20ac"
    )
}
# Offset marking a combining mark that stands alone (not composed into its base).
_ORPHAN_MARK_OFFSET = 0x110000

Primary: TypeAlias = tuple[int, ...]
Secondary: TypeAlias = tuple[tuple[int, ...], ...]
Tertiary: TypeAlias = tuple[int, ...]
# ``(primary, secondary, tertiary)``; compare with ordinary tuple ordering.
SortKey: TypeAlias = tuple[Primary, Secondary, Tertiary]
# ``(given name key, rest-of-name key)``.
PersonSortKey: TypeAlias = tuple[SortKey, SortKey]


@lru_cache(maxsize=65536)  # lists sort thousands of rows that share names and agencies
def vi_sort_key(s: str) -> SortKey:
    """Return a key that sorts strings in Vietnamese dictionary order.

    Use as ``sorted(names, key=vi_sort_key)``.  The key is a triple of tuples
    (primary letters, secondary tones/accents, tertiary case) so that base letters
    of the whole string are compared before any tone, and tones before case; see
    the module docstring for the exact conventions.  Whitespace is normalised with
    :func:`clean` first; NFC and NFD input give identical keys.

    >>> sorted(["Đào", "Dung", "an", "Ăn", "Ân"], key=vi_sort_key)
    ['an', 'Ăn', 'Ân', 'Dung', 'Đào']
    """
    primary: list[int] = []
    secondary: list[tuple[int, ...]] = []
    tertiary: list[int] = []
    for ch in clean(s):
        if unicodedata.combining(ch) and primary:
            # A mark NFC could not compose into the previous character: it only
            # adds a secondary (accent) difference to that character.
            secondary[-1] = secondary[-1] + (_ORPHAN_MARK_OFFSET + ord(ch),)
            continue
        p, sec, ter = _char_weights(ch)
        primary.append(p)
        secondary.append(sec)
        tertiary.append(ter)
    return tuple(primary), tuple(secondary), tuple(tertiary)


@lru_cache(maxsize=4096)
def _char_weights(ch: str) -> tuple[int, tuple[int, ...], int]:
    """Return (primary, secondary, tertiary) weights of one NFC character."""
    base, *marks = list(unicodedata.normalize("NFD", ch))
    lower = base.lower()
    letter = lower if len(lower) == 1 else base

    modifier = next((m for m in marks if (letter, m) in _MODIFIED_LETTER), None)
    if modifier is not None:
        marks.remove(modifier)
        letter = _MODIFIED_LETTER[(letter, modifier)]
    tone = next((m for m in marks if m in _TONE_WEIGHT), None)
    if tone is not None:
        marks.remove(tone)
    secondary = (_TONE_WEIGHT[tone] if tone else 0, *(ord(m) for m in marks))
    return _primary_weight(base, letter), secondary, _case_weight(base)


def _primary_weight(base: str, letter: str) -> int:
    if letter in _VI_LETTER_PRIMARY:
        return _VI_LETTER_PRIMARY[letter]
    if base.isspace():
        return _G_SPACE << _PRIMARY_SHIFT
    category = unicodedata.category(base)
    if category == "Nd":
        # Numeric value first so that other scripts' digits interleave sensibly.
        value = unicodedata.decimal(base)
        return (_G_DIGIT << _PRIMARY_SHIFT) | (value << 21) | ord(base)
    if category[0] in "LM":
        return (_G_OTHER_LETTER << _PRIMARY_SHIFT) | ord(letter)
    order = _PUNCT_ORDER.get(base, len(_PUNCT_ORDER) + ord(base))
    return (_G_PUNCT << _PRIMARY_SHIFT) | order


def _case_weight(base: str) -> int:
    """0 for lower case/caseless, 1 for ordinary upper case, >1 for odd forms."""
    lower = base.lower()
    if lower == base:
        return 0
    if lower.upper() == base:
        return 1
    # Title-case digraphs and other irregular forms: keep them distinct.
    return 2 + ord(base)


@lru_cache(maxsize=65536)
def person_sort_key(full_name: str) -> PersonSortKey:
    """Return a key sorting people the Vietnamese way: given name, then the rest.

    The given name (tên) is the last word; ties are broken by the rest of the
    name read from the start (family name, then middle names), each compared
    with :func:`vi_sort_key` (all three levels of the given name are compared
    before the family name is looked at).

    >>> names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê An", "Phạm Đức Anh"]
    >>> sorted(names, key=person_sort_key)
    ['Lê An', 'Nguyễn Thị An', 'Phạm Đức Anh', 'Trần Văn Bình']
    """
    words = clean(full_name).split(" ")
    given, rest = words[-1], " ".join(words[:-1])
    return vi_sort_key(given), vi_sort_key(rest)


# --------------------------------------------------------------------------
# Contact details
# --------------------------------------------------------------------------

_EMAIL_LABEL = re.compile(r"[^\W_](?:(?:[^\W_]|-)*[^\W_])?")
_PHONE_ALLOWED = frozenset("0123456789 .-()")
_PHONE_MIN_DIGITS, _PHONE_MAX_DIGITS = 8, 15


def is_valid_email(s: str) -> bool:
    """Pragmatic e-mail check (not full RFC 5322), surrounding whitespace ignored.

    Requires exactly one ``@``; a non-empty local part without whitespace; a
    domain of at least two dot-separated labels made of letters, digits and
    inner hyphens (``moet.gov.vn``, ``so-yte.hanoi.gov.vn``), whose last label
    has at least two characters and is not all digits.
    """
    s = s.strip()
    if s.count("@") != 1 or any(ch.isspace() for ch in s):
        return False
    local, domain = s.split("@")
    if not local or len(local) > 64 or len(s) > 254:
        return False
    labels = domain.split(".")
    if len(labels) < 2 or not all(_EMAIL_LABEL.fullmatch(label) for label in labels):
        return False
    tld = labels[-1]
    return len(tld) >= 2 and not tld.isdigit()


def is_valid_phone(s: str) -> bool:
    """Check a phone number as typed, e.g. ``0912 345 678``, ``+84 (24) 3822.1234``.

    Allowed: ASCII digits, spaces, dots, dashes and parentheses, with an
    optional single leading ``+``.  There must be 8-15 digits in total.  Any
    other character (letters, ``/``, ``#``, ...) makes it invalid.  Surrounding
    whitespace is ignored.
    """
    s = s.strip()
    body = s[1:] if s.startswith("+") else s
    if not set(body) <= _PHONE_ALLOWED:
        return False
    digits = sum(ch.isdigit() for ch in body)
    return _PHONE_MIN_DIGITS <= digits <= _PHONE_MAX_DIGITS
