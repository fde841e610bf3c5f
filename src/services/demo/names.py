"""Fictional Vietnamese names for the demo's people: family names, middle and given names by
gender, and a seeded generator of distinct names and phone numbers. The national demo draws
from the same lists.
"""

from __future__ import annotations

import random

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Huỳnh",
    "Hoàng",
    "Võ",
    "Phan",
    "Trương",
    "Bùi",
    "Đặng",
    "Đỗ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Lâm",
    "Châu",
    "Tạ",
    "Hồ",
]
MALE_MIDDLE = ["Văn", "Minh", "Quốc", "Hữu", "Đức", "Thanh", "Công", "Hoàng"]
FEMALE_MIDDLE = ["Thị", "Ngọc", "Thanh", "Kim", "Thu", "Mỹ", "Bích", "Hồng"]
MALE_GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đạt",
    "Hải",
    "Hiếu",
    "Hùng",
    "Khang",
    "Khoa",
    "Lộc",
    "Minh",
    "Nam",
    "Phúc",
    "Quang",
    "Sơn",
    "Tâm",
    "Thắng",
    "Trí",
    "Tuấn",
    "Vinh",
]
FEMALE_GIVEN = [
    "Anh",
    "Châu",
    "Diễm",
    "Dung",
    "Giang",
    "Hà",
    "Hạnh",
    "Hương",
    "Lan",
    "Linh",
    "Mai",
    "Ngân",
    "Nhung",
    "Oanh",
    "Phương",
    "Quyên",
    "Thảo",
    "Trâm",
    "Uyên",
    "Yến",
]


class Names:
    """Distinct fictional names from a seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def person(self) -> tuple[str, str]:
        while True:
            female = self.rng.random() < 0.45
            middle = self.rng.choice(FEMALE_MIDDLE if female else MALE_MIDDLE)
            given = self.rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
            name = f"{self.rng.choice(FAMILY)} {middle} {given}"
            if name not in self.used:
                self.used.add(name)
                return name, "Bà" if female else "Ông"

    def phone(self) -> str:
        return (
            f"0{self.rng.choice([91, 94, 98, 90, 70, 77, 83])}{self.rng.randint(1000000, 9999999)}"
        )
