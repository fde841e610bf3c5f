"""Tests for coordboard.text (normalisation, folding, Vietnamese collation, validators)."""

from __future__ import annotations

import functools
import itertools
import random
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coordboard.text import (
    clean,
    fold,
    is_valid_email,
    is_valid_phone,
    nfc,
    person_sort_key,
    vi_sort_key,
)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


# ---------------------------------------------------------------------------
# Vietnamese alphabet used by the property tests (independent of the module's
# own tables: built from explicit combining marks).
# ---------------------------------------------------------------------------

TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # ngang huyền hỏi ngã sắc nặng
VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
CONSONANTS = list("bcdđghklmnpqrstvx") + list("fjwz")
LOWER_LETTERS = [nfc(v + t) for v in VOWELS for t in TONE_MARKS] + CONSONANTS
VI_LETTERS = LOWER_LETTERS + [c.upper() for c in LOWER_LETTERS]
VI_CHARS = VI_LETTERS + list(" 0123456789.,-()/")

vi_text = st.lists(st.sampled_from(VI_CHARS), max_size=12).map("".join)
vi_letters_only = st.lists(st.sampled_from(VI_LETTERS), max_size=8).map("".join)


def toneless_letter(ch: str) -> str:
    """Lower-case Vietnamese letter without its tone (keeps ă â ê ô ơ ư đ)."""
    decomposed = nfd(ch.lower())
    return nfc("".join(c for c in decomposed if c not in TONE_MARKS[1:]))


def tone_of(ch: str) -> int:
    decomposed = nfd(ch)
    return next((i for i, m in enumerate(TONE_MARKS) if i and m in decomposed), 0)


def signature(s: str) -> tuple[tuple[str, int, bool], ...]:
    """Letters-without-tone, tone and case of every character of clean(s)."""
    return tuple((toneless_letter(c), tone_of(c), c != c.lower()) for c in clean(s))


def retone(s: str, rnd: random.Random) -> str:
    """Give every vowel of ``s`` a random tone and every letter a random case."""
    out = []
    for ch in s:
        base = toneless_letter(ch)
        if base in VOWELS:
            base = nfc(base + rnd.choice(TONE_MARKS))
        out.append(base.upper() if rnd.random() < 0.5 else base)
    return "".join(out)


# ---------------------------------------------------------------------------
# nfc / clean
# ---------------------------------------------------------------------------


def test_nfc_composes_decomposed_vietnamese() -> None:
    decomposed = "Nguye\u0302\u0303n Thi\u0323"
    assert nfc(decomposed) == "Nguyễn Thị"
    assert len(nfc(decomposed)) == len("Nguyễn Thị")


def test_nfc_does_not_touch_whitespace() -> None:
    assert nfc("  a  b ") == "  a  b "


def test_clean_strips_collapses_and_composes() -> None:
    assert clean("  Nguye\u0302\u0303n \t Văn\n\u00a0An  ") == "Nguyễn Văn An"
    assert clean("") == ""
    assert clean(" \t\n ") == ""


@given(st.text())
def test_clean_is_idempotent(s: str) -> None:
    assert clean(clean(s)) == clean(s)


# ---------------------------------------------------------------------------
# fold
# ---------------------------------------------------------------------------


def test_fold_examples() -> None:
    assert fold("Đoàn Thanh niên") == fold("doan thanh nien") == "doan thanh nien"
    assert fold("  ĐOÀN   THANH\tNIÊN ") == "doan thanh nien"
    assert fold("Ủy ban Mặt trận Tổ quốc") == "uy ban mat tran to quoc"
    assert fold("Sở Lao động - Thương binh và Xã hội") == "so lao dong - thuong binh va xa hoi"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ắ ằ ẳ ẵ ặ Ắ Ằ Ẳ Ẵ Ặ ă Ă", "a a a a a a a a a a a a"),
        ("ấ ầ ẩ ẫ ậ â", "a a a a a a"),
        ("ế ề ể ễ ệ ê", "e e e e e e"),
        ("í ì ỉ ĩ ị", "i i i i i"),
        ("ố ồ ổ ỗ ộ ô ớ ờ ở ỡ ợ ơ", "o o o o o o o o o o o o"),
        ("ư ứ ừ ử ữ ự Ư Ứ Ừ Ử Ữ Ự", "u u u u u u u u u u u u"),
        ("ỳ ý ỷ ỹ ỵ Ỳ Ý Ỷ Ỹ Ỵ", "y y y y y y y y y y"),
        ("đ Đ", "d d"),
    ],
)
def test_fold_all_vietnamese_vowels(word: str, expected: str) -> None:
    assert fold(word) == expected
    assert fold(nfd(word)) == expected


def test_fold_decomposed_input() -> None:
    assert fold(nfd("Nguyễn Thị Ánh Tuyết")) == "nguyen thi anh tuyet"
    # Tone mark typed before the vowel modifier (non-canonical order) still folds.
    assert fold("e\u0301\u0302") == "e"


@given(st.text())
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)


@given(st.text())
def test_fold_same_for_nfc_and_nfd(s: str) -> None:
    assert fold(nfc(s)) == fold(nfd(s))


@given(vi_text)
def test_fold_of_vietnamese_is_ascii(s: str) -> None:
    assert fold(s).isascii()
    assert fold(s) == fold(s).lower()


# ---------------------------------------------------------------------------
# vi_sort_key: examples
# ---------------------------------------------------------------------------


def vi_sorted(items: list[str]) -> list[str]:
    return sorted(items, key=vi_sort_key)


def shuffled(items: list[str], seed: int = 42) -> list[str]:
    copy = list(items)
    random.Random(seed).shuffle(copy)
    return copy


def test_alphabet_order() -> None:
    alphabet = [
        "a",
        "ă",
        "â",
        "b",
        "c",
        "d",
        "đ",
        "e",
        "ê",
        "f",
        "g",
        "h",
        "i",
        "j",
        "k",
        "l",
        "m",
        "n",
        "o",
        "ô",
        "ơ",
        "p",
        "q",
        "r",
        "s",
        "t",
        "u",
        "ư",
        "v",
        "w",
        "x",
        "y",
        "z",
    ]
    assert vi_sorted(shuffled(alphabet)) == alphabet
    assert vi_sorted(shuffled([c.upper() for c in alphabet])) == [c.upper() for c in alphabet]


def test_tone_order() -> None:
    words = ["ma", "mà", "mả", "mã", "má", "mạ"]  # ngang huyền hỏi ngã sắc nặng
    assert vi_sorted(shuffled(words)) == words
    assert vi_sorted(shuffled([nfd(w) for w in words])) == [nfd(w) for w in words]


def test_d_stroke_sorts_after_all_d_words() -> None:
    words = ["Đà Nẵng", "Dz", "Đa", "Dương", "Duy", "Dũng"]
    assert vi_sorted(words) == ["Dũng", "Duy", "Dương", "Dz", "Đa", "Đà Nẵng"]


def test_breve_and_circumflex_after_plain_a() -> None:
    words = ["Âu", "Ăn", "Azz", "ăn", "An"]
    assert vi_sorted(words) == ["An", "Azz", "ăn", "Ăn", "Âu"]


def test_tones_are_secondary_to_all_base_letters() -> None:
    # Base letters of the whole string decide first; tones only on a full tie.
    assert vi_sorted(["mạ", "mab"]) == ["mạ", "mab"]
    assert vi_sorted(["Hải", "Hà", "Hai"]) == ["Hà", "Hai", "Hải"]  # "ha" < "hai"
    assert vi_sorted(["ma la", "mà la", "ma là"]) == ["ma la", "ma là", "mà la"]


def test_case_is_tertiary_lower_first() -> None:
    assert vi_sorted(["má", "Ma", "ma", "MA"]) == ["ma", "Ma", "MA", "má"]
    assert vi_sort_key("An") != vi_sort_key("an")


def test_digraphs_sort_letter_by_letter() -> None:
    words = ["nhà", "ngày", "nam", "ni", "ca", "chị", "co", "tru", "thu", "ti", "quê", "qa"]
    assert vi_sorted(words) == [
        "ca",
        "chị",
        "co",
        "nam",
        "ngày",
        "nhà",
        "ni",
        "qa",
        "quê",
        "thu",
        "ti",
        "tru",
    ]


def test_non_letters_before_letters() -> None:
    words = ["abc", "Ấp 3", "123", "(ghi chú)", "9", "10", "-", ""]
    assert vi_sorted(words) == ["", "-", "(ghi chú)", "10", "123", "9", "abc", "Ấp 3"]


def test_space_sorts_before_letters_word_by_word() -> None:
    assert vi_sorted(["Sởi", "Sở Y tế"]) == ["Sở Y tế", "Sởi"]


def test_whitespace_and_normal_form_do_not_change_key() -> None:
    assert vi_sort_key("  Sở   Y tế ") == vi_sort_key("Sở Y tế")
    assert vi_sort_key(nfd("Nguyễn Thị Ánh")) == vi_sort_key("Nguyễn Thị Ánh")


AGENCIES_SORTED = [
    "Ban Dân tộc",
    "Bệnh viện Đa khoa tỉnh",
    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    "Công an tỉnh",
    "Dự án Bảo vệ trẻ em",
    "Đài Phát thanh",
    "Đài Phát thanh và Truyền hình tỉnh",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Sở Giáo dục và Đào tạo",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Tư pháp",
    "Sở Y tế",
    "Tỉnh đoàn",
    "Tòa án nhân dân tỉnh",
    "Trung tâm Công tác xã hội",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Ủy ban nhân dân tỉnh",
    "Viện Kiểm sát nhân dân tỉnh",
]


def test_agency_names_sorted_by_hand() -> None:
    assert vi_sorted(shuffled(AGENCIES_SORTED)) == AGENCIES_SORTED
    assert vi_sorted(shuffled([nfd(a) for a in AGENCIES_SORTED])) == [
        nfd(a) for a in AGENCIES_SORTED
    ]


# ---------------------------------------------------------------------------
# person_sort_key
# ---------------------------------------------------------------------------


def test_person_sort_brief_example() -> None:
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê An", "Phạm Đức Anh"]
    assert sorted(names, key=person_sort_key) == [
        "Lê An",
        "Nguyễn Thị An",
        "Phạm Đức Anh",
        "Trần Văn Bình",
    ]


PEOPLE_SORTED = [
    "Lê An",
    "Nguyễn Thị An",
    "Nguyễn Văn An",
    "Phạm Đức Anh",
    "Hoàng Thị Ánh",
    "Lê Thị Ánh",
    "Trần Văn Bình",
    "Vũ Minh Châu",
    "Đặng Văn Cường",
    "Bùi Thị Dung",
    "Đỗ Văn Đức",
    "Ngô Thị Hà",
    "Dương Văn Hải",
    "Lý Thị Hằng",
    "Phan Văn Hùng",
    "Trịnh Thị Lan",
    "Mai Văn Nam",
    "Võ Thị Ngọc",
    "Hồ Văn Như",
    "Đinh Thị Yến",
]


def test_person_names_sorted_by_hand() -> None:
    assert sorted(shuffled(PEOPLE_SORTED), key=person_sort_key) == PEOPLE_SORTED
    messy = [" " + nfd(n).replace(" ", "  ") + "\t" for n in PEOPLE_SORTED]
    assert [clean(n) for n in sorted(shuffled(messy), key=person_sort_key)] == PEOPLE_SORTED


def test_person_sort_single_word_and_empty() -> None:
    assert sorted(["Bình", "", "Lê An"], key=person_sort_key) == ["", "Lê An", "Bình"]


# ---------------------------------------------------------------------------
# vi_sort_key / person_sort_key: properties
# ---------------------------------------------------------------------------


@given(st.lists(vi_text, max_size=15))
def test_sorting_twice_is_stable(items: list[str]) -> None:
    once = vi_sorted(items)
    assert vi_sorted(once) == once
    assert vi_sorted(list(reversed(once))) == list(vi_sorted(list(reversed(items))))


@given(st.lists(vi_text, max_size=15))
def test_sorting_is_a_total_order(items: list[str]) -> None:
    keys = [vi_sort_key(x) for x in vi_sorted(items)]
    assert all(a <= b for a, b in itertools.pairwise(keys))
    # Same multiset of keys regardless of input order.
    assert sorted(keys) == sorted(vi_sort_key(x) for x in shuffled(items))


@given(vi_text, vi_text)
def test_key_equality_iff_same_letters_tones_and_case(a: str, b: str) -> None:
    assert (vi_sort_key(a) == vi_sort_key(b)) == (signature(a) == signature(b))
    if vi_sort_key(a) == vi_sort_key(b):
        assert fold(a) == fold(b)


@given(st.text(), st.text())
def test_key_equality_iff_clean_equal(a: str, b: str) -> None:
    assert (vi_sort_key(a) == vi_sort_key(b)) == (clean(a) == clean(b))


@given(vi_text, vi_text)
def test_equal_primary_implies_equal_fold(a: str, b: str) -> None:
    if vi_sort_key(a)[0] == vi_sort_key(b)[0]:
        assert fold(a) == fold(b)


@given(vi_letters_only, vi_letters_only, st.randoms(use_true_random=False))
def test_tones_and_case_never_override_base_letters(a: str, b: str, rnd: random.Random) -> None:
    if vi_sort_key(a)[0] == vi_sort_key(b)[0]:
        return
    a2, b2 = retone(a, rnd), retone(b, rnd)
    assert (vi_sort_key(a) < vi_sort_key(b)) == (vi_sort_key(a2) < vi_sort_key(b2))


@given(st.lists(vi_text, max_size=15))
def test_sorting_invariant_to_normal_form(items: list[str]) -> None:
    composed = vi_sorted([nfc(x) for x in items])
    decomposed = vi_sorted([nfd(x) for x in items])
    assert [nfc(x) for x in decomposed] == composed


@given(st.lists(st.text(), max_size=10))
def test_key_never_crashes_on_arbitrary_text(items: list[str]) -> None:
    once = vi_sorted(items)
    assert vi_sorted(once) == once
    assert [nfc(x) for x in vi_sorted([nfd(x) for x in items])] == vi_sorted(
        [nfc(x) for x in items]
    )


@given(st.lists(vi_letters_only.filter(bool), min_size=1, max_size=4))
def test_person_key_is_given_name_then_rest(words: list[str]) -> None:
    name = " ".join(words)
    assert person_sort_key(name) == (vi_sort_key(words[-1]), vi_sort_key(" ".join(words[:-1])))


# ---------------------------------------------------------------------------
# Optional cross-check against Qt's ICU collator
# ---------------------------------------------------------------------------


def test_order_matches_qcollator_vietnamese() -> None:
    qtcore = pytest.importorskip("PySide6.QtCore")
    collator = qtcore.QCollator(
        qtcore.QLocale(qtcore.QLocale.Language.Vietnamese, qtcore.QLocale.Country.Vietnam)
    )
    # Only meaningful when Qt is built with ICU and has Vietnamese tailoring.
    if not (
        collator.compare("ăn", "azz") > 0
        and collator.compare("đa", "dz") > 0
        and collator.compare("mả", "mà") > 0
    ):
        pytest.skip("QCollator has no working Vietnamese collation here (Qt without ICU?)")
    qt_key = functools.cmp_to_key(collator.compare)

    word_lists = [
        AGENCIES_SORTED,
        ["ma", "mà", "mả", "mã", "má", "mạ", "mab", "Ma", "MA"],
        ["Đà Nẵng", "Dz", "Đa", "Dương", "Duy", "Dũng", "Âu", "Ăn", "Azz", "ăn", "An"],
        ["nhà", "ngày", "nam", "ni", "ca", "chị", "co", "tru", "thu", "ti", "quê", "qa"],
        ["abc", "Ấp 3", "123", "(ghi chú)", "9", "10", "-", "Sởi", "Sở Y tế"],
    ]
    for words in word_lists:
        assert vi_sorted(shuffled(words)) == sorted(shuffled(words), key=qt_key)

    def qt_person_key(name: str) -> tuple[object, object]:
        *rest, given_name = name.split(" ")
        return qt_key(given_name), qt_key(" ".join(rest))

    assert sorted(shuffled(PEOPLE_SORTED), key=qt_person_key) == PEOPLE_SORTED


# ---------------------------------------------------------------------------
# Validators
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    [
        "nguyen.van.an@gmail.com",
        "bvte@molisa.gov.vn",
        "phongtreem@soldtbxh.hanoi.gov.vn",
        "a.b+tag@so-yte.gov.vn",
        "x@y.vn",
        "  user@example.com  ",
        "user@bộ-y-tế.vn",
    ],
)
def test_valid_emails(email: str) -> None:
    assert is_valid_email(email)


@pytest.mark.parametrize(
    "email",
    [
        "",
        "no-at-sign.gov.vn",
        "@gov.vn",
        "two@@gov.vn",
        "a@b@c.vn",
        "user@localhost",
        "user name@gov.vn",
        "user@gov .vn",
        "user@.gov.vn",
        "user@gov..vn",
        "user@gov.vn.",
        "user@-gov.vn",
        "user@gov_x.vn",
        "user@gov.v",
        "user@10.0.0.1",
    ],
)
def test_invalid_emails(email: str) -> None:
    assert not is_valid_email(email)


@pytest.mark.parametrize(
    "phone",
    [
        "0912345678",
        "0912 345 678",
        "0912.345.678",
        "0912-345-678",
        "+84 912 345 678",
        "+84912345678",
        "(024) 3822 1234",
        "+84 (24) 3822.1234",
        "111 222 33",  # 8 digits
        "+123456789012345",  # 15 digits
        "  0912 345 678  ",
    ],
)
def test_valid_phones(phone: str) -> None:
    assert is_valid_phone(phone)


@pytest.mark.parametrize(
    "phone",
    [
        "",
        "   ",
        "1900 123",  # 7 digits
        "+1234567890123456",  # 16 digits
        "0912 345 678 ext 12",
        "0912345678a",
        "O912345678",  # letter O, not zero
        "++84912345678",
        "84+912345678",
        "0912/345/678",
        "0912#345678",
        "０９１２３４５６７８",  # full-width digits
    ],
)
def test_invalid_phones(phone: str) -> None:
    assert not is_valid_phone(phone)


@given(
    st.lists(st.integers(0, 9), min_size=8, max_size=15),
    st.lists(st.sampled_from(["", " ", ".", "-"]), min_size=15, max_size=15),
    st.booleans(),
)
def test_phone_digits_with_separators_are_valid(
    digits: list[int], seps: list[str], plus: bool
) -> None:
    phone = ("+" if plus else "") + "".join(f"{d}{s}" for d, s in zip(digits, seps))
    assert is_valid_phone(phone)


@given(
    st.text(alphabet="0123456789 ", min_size=8),
    st.sampled_from("abcxyzđĐăÂOl"),
    st.integers(0, 100),
)
def test_phone_with_a_letter_is_invalid(phone: str, letter: str, pos: int) -> None:
    pos %= len(phone) + 1
    assert not is_valid_phone(phone[:pos] + letter + phone[pos:])
