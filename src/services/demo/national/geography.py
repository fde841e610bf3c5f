"""Where the national demo's boards are: the 34 provinces and cities after the 2025 merger
(with an approximate number of communes and wards each) and invented commune names made of
Sino-Vietnamese syllables.
"""

from __future__ import annotations

import itertools
import random

from coordboard.text import fold

# (name, is a city, code, approximate number of communes and wards)
PROVINCES = [
    ("Hà Nội", True, "HNI", 126),
    ("Huế", True, "HUE", 40),
    ("Hải Phòng", True, "HPG", 114),
    ("Đà Nẵng", True, "DNG", 94),
    ("Hồ Chí Minh", True, "HCM", 168),
    ("Cần Thơ", True, "CTO", 103),
    ("Tuyên Quang", False, "TQG", 124),
    ("Cao Bằng", False, "CBG", 56),
    ("Lai Châu", False, "LCU", 38),
    ("Lào Cai", False, "LCI", 99),
    ("Thái Nguyên", False, "TNN", 92),
    ("Điện Biên", False, "DBN", 45),
    ("Lạng Sơn", False, "LSN", 65),
    ("Sơn La", False, "SLA", 75),
    ("Phú Thọ", False, "PTO", 148),
    ("Bắc Ninh", False, "BNH", 99),
    ("Quảng Ninh", False, "QNH", 54),
    ("Hưng Yên", False, "HYN", 104),
    ("Ninh Bình", False, "NBH", 129),
    ("Thanh Hóa", False, "THA", 166),
    ("Nghệ An", False, "NAN", 130),
    ("Hà Tĩnh", False, "HTH", 69),
    ("Quảng Trị", False, "QTI", 78),
    ("Quảng Ngãi", False, "QNI", 96),
    ("Gia Lai", False, "GLI", 135),
    ("Khánh Hòa", False, "KHA", 65),
    ("Lâm Đồng", False, "LDG", 124),
    ("Đắk Lắk", False, "DLK", 102),
    ("Đồng Nai", False, "DNI", 95),
    ("Tây Ninh", False, "TNH", 96),
    ("Vĩnh Long", False, "VLG", 124),
    ("Đồng Tháp", False, "DTP", 102),
    ("Cà Mau", False, "CMU", 64),
    ("An Giang", False, "AGG", 102),
]
SECRETARIAT_PROVINCE = "Vĩnh Long"  # the province the demo secretariat and focal point work in

SYLLABLES = [
    "An",
    "Bình",
    "Châu",
    "Đông",
    "Đức",
    "Giang",
    "Hà",
    "Hải",
    "Hòa",
    "Hưng",
    "Hiệp",
    "Hội",
    "Khánh",
    "Kim",
    "Lâm",
    "Lạc",
    "Long",
    "Lộc",
    "Lợi",
    "Minh",
    "Mỹ",
    "Nam",
    "Nghĩa",
    "Ngọc",
    "Nhơn",
    "Phong",
    "Phú",
    "Phúc",
    "Phước",
    "Quang",
    "Quý",
    "Sơn",
    "Tân",
    "Tây",
    "Thạnh",
    "Thành",
    "Thắng",
    "Thịnh",
    "Thuận",
    "Thủy",
    "Tiến",
    "Trung",
    "Trường",
    "Vĩnh",
    "Xuân",
    "Yên",
    "Bắc",
    "Cẩm",
    "Điền",
    "Định",
    "Hồng",
    "Hương",
    "Lương",
    "Mai",
    "Thái",
    "Thọ",
    "Tùng",
    "Vân",
    "Việt",
    "Hậu",
    "Phụng",
    "Quới",
    "Hữu",
    "Nhuận",
    "Liên",
    "Trà",
    "Cát",
    "Chánh",
    "Hiếu",
    "Khê",
    "Lai",
    "Ninh",
    "Tịnh",
    "Văn",
    "Ân",
    "Bảo",
    "Dương",
    "Gia",
    "Kiên",
    "Linh",
    "Nhân",
    "Đào",
    "Tú",
    "Hạ",
    "Thượng",
]


def commune_names(rng: random.Random, n: int) -> list[str]:
    """n distinct names of two syllables (three when two run out), unique when folded."""
    seen: set[str] = set()
    found: list[str] = []
    for size in (2, 3):
        candidates = [
            " ".join(p)
            for p in itertools.permutations(SYLLABLES, size)
            if size == 2 or rng.random() < 0.02
        ]
        rng.shuffle(candidates)
        for name in candidates:
            if len(found) == n:
                return found
            if fold(name) not in seen:
                seen.add(fold(name))
                found.append(name)
    return found
