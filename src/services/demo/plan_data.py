"""The texts of the demo's plans, shaped on the seed documents: plan A's duties by department
(seed 001), plan B's ten priority lines (seed 003), a commune board's tasks, and the fresh
progress notes of the departments that have a focal point. demo.plans turns them into plans,
sections and tasks dated around the day the demo is built.
"""

from __future__ import annotations

from typing import TypeAlias

# deadline spec: ("on", month, day, year offset) | ("rel", days from build day) |
# ("work", days from build day, working days) | None
DeadlineSpec: TypeAlias = tuple | None
# outcome: ("done", days after deadline) | ("progress", percent, note) | ("late", note) |
# ("extended", days to add, reason) | ("suspended", note) | ("cancelled", note) | None
Outcome: TypeAlias = tuple | None
# (title, lead agency code, co-operating agency codes, deadline spec, outcome)
Duty: TypeAlias = tuple[str, str, tuple[str, ...], DeadlineSpec, Outcome]

# (section number, section title, its duties)
PLAN_A: list[tuple[str, str, list[Duty]]] = [
    (
        "1",
        "Sở Y tế (cơ quan thường trực)",
        [
            (
                "Tổng hợp kế hoạch cụ thể của các sở, ngành, địa phương thực hiện Kế hoạch",
                "SYT",
                (),
                ("on", 9, 20, -1),
                ("done", 5),
            ),
            (
                "Nâng cao hiệu quả phối hợp liên ngành của Ban Điều hành; tập huấn, truyền thông nâng "
                "cao năng lực thực thi pháp luật về trẻ em cho cán bộ từ tỉnh đến cơ sở",
                "SYT",
                ("SGDDT", "CAT", "HLHPN", "TD"),
                ("on", 11, 30, -1),
                ("done", 12),
            ),
            (
                "Tập huấn giảng viên nòng cốt về hỗ trợ, can thiệp đối với trẻ em bị xâm hại theo "
                "Nghị định số 56/2017/NĐ-CP",
                "SYT",
                ("STP",),
                ("on", 10, 31, -1),
                ("done", -11),
            ),
            (
                "Vận động nguồn lực xã hội qua Quỹ Bảo trợ trẻ em; tổ chức Diễn đàn trẻ em cấp tỉnh",
                "SYT",
                ("TD", "MTTQ"),
                ("rel", 40),
                (
                    "progress",
                    60,
                    "Đã tổ chức Diễn đàn trẻ em cấp tỉnh; đang vận động nguồn lực đợt 2",
                ),
            ),
            (
                "Tham mưu UBND tỉnh Kế hoạch triển khai Đề án vận động nguồn lực hỗ trợ chăm sóc trẻ "
                "em vùng đồng bào dân tộc thiểu số",
                "SYT",
                ("SDTTG", "STC"),
                ("rel", -25),
                ("late", "Chờ Sở Tài chính thẩm định nguồn kinh phí thực hiện Đề án"),
            ),
        ],
    ),
    (
        "2",
        "Sở Giáo dục và Đào tạo",
        [
            (
                "Chỉ đạo các cơ sở giáo dục thực hiện đồng bộ các biện pháp bảo vệ trẻ em trong nhà "
                "trường; giáo dục kỹ năng phòng, chống bạo lực, xâm hại cho học sinh",
                "SGDDT",
                ("SYT", "CAT"),
                ("on", 12, 31, -1),
                ("done", -3),
            ),
            (
                "Thanh tra, kiểm tra việc chấp hành pháp luật tại các trường mầm non, nhóm trẻ độc lập",
                "SGDDT",
                ("CAT",),
                ("rel", -30),
                (
                    "extended",
                    50,
                    "Mở rộng kiểm tra các nhóm trẻ độc lập tư thục theo chỉ đạo của Bộ",
                ),
            ),
        ],
    ),
    (
        "3",
        "Sở Y tế (lĩnh vực y tế)",
        [
            (
                "Hướng dẫn y tế cơ sở cung cấp dịch vụ chăm sóc, hỗ trợ khẩn cấp cho trẻ em bị xâm "
                "hại tình dục, bạo lực",
                "SYT",
                ("BHXH",),
                ("rel", 5),
                ("progress", 85, "Đã ban hành hướng dẫn; đang tập huấn cho trạm y tế xã"),
            ),
        ],
    ),
    (
        "4",
        "Công an tỉnh, Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh",
        [
            (
                "Tăng cường điều tra, truy tố, xét xử nghiêm minh các hành vi bạo lực, xâm hại trẻ em",
                "CAT",
                ("VKSND", "TAND"),
                None,
                ("progress", 0, "Thực hiện thường xuyên; 12 vụ việc đã khởi tố trong kỳ"),
            ),
        ],
    ),
    (
        "5",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
        [
            (
                "Tuyên truyền, vận động hội viên, đoàn viên thực hiện chính sách, pháp luật về trẻ em; "
                "phát hiện, can thiệp các hành vi xâm hại trẻ em",
                "MTTQ",
                ("HLHPN", "TD", "HND", "LDLD", "HCCB"),
                ("rel", 120),
                ("progress", 35, ""),
            ),
        ],
    ),
    (
        "6",
        "Ủy ban nhân dân các xã, phường",
        [
            (
                "Bố trí người làm công tác bảo vệ trẻ em ở 100% xã, phường",
                "SNV",
                ("UBND-T",),
                ("rel", -60),
                ("late", "Còn 13 xã chưa bố trí được công chức kiêm nhiệm"),
            ),
        ],
    ),
]

# seed 003: the year's ten priority lines
PLAN_B: list[Duty] = [
    (
        "Xây dựng, ban hành kế hoạch của tỉnh; tổng kết 10 năm thực hiện Chỉ thị số 20-CT/TW",
        "SYT",
        ("SNV",),
        ("rel", -100),
        ("done", -5),
    ),
    (
        "Thực hiện trách nhiệm người đứng đầu; phối hợp phòng ngừa, xử lý xâm hại trẻ em, "
        "phòng, chống đuối nước",
        "CAT",
        ("SGDDT", "SYT"),
        ("rel", -40),
        ("done", 10),
    ),
    (
        "Truyền thông về quyền trẻ em và Tổng đài điện thoại quốc gia bảo vệ trẻ em 111",
        "SVHTTDL",
        ("DPTTH", "SYT"),
        ("rel", 3),
        ("progress", 80, "Đã phát 24 chương trình trên sóng phát thanh, truyền hình"),
    ),
    (
        "Bố trí nhân lực, củng cố hệ thống dịch vụ bảo vệ trẻ em",
        "SNV",
        ("SYT",),
        ("rel", -15),
        ("late", "Chưa có chỉ tiêu biên chế bổ sung"),
    ),
    (
        "Phát triển mạng lưới xã hội bảo vệ trẻ em; tập huấn cho thành viên các ban cấp xã",
        "HLHPN",
        ("TD", "MTTQ"),
        ("rel", 60),
        ("progress", 40, "Đã tập huấn 3/8 cụm xã"),
    ),
    (
        "Bố trí ngân sách địa phương; hỗ trợ trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt",
        "STC",
        ("SYT",),
        ("rel", 30),
        None,
    ),
    (
        "Kiểm tra, thanh tra các cơ sở trợ giúp xã hội và quỹ từ thiện có hoạt động vì trẻ em",
        "SYT",
        ("CAT", "STP"),
        ("rel", 20),
        (
            "suspended",
            "Tạm dừng theo chỉ đạo của UBND tỉnh, chờ sắp xếp lại các cơ sở trợ giúp xã hội",
        ),
    ),
    (
        "Tổ chức Tháng hành động vì trẻ em",
        "SVHTTDL",
        ("SGDDT", "SYT", "TD"),
        ("rel", -120),
        ("done", -2),
    ),
    (
        "Đánh giá xã, phường phù hợp với trẻ em theo bộ tiêu chí cũ",
        "SYT",
        ("MTTQ",),
        ("rel", 45),
        ("cancelled", "Bộ tiêu chí mới thay thế; đánh giá theo bộ tiêu chí mới"),
    ),
    (
        "Thu thập chỉ tiêu thống kê về trẻ em theo Thông tư số 13/2021/TT-BLĐTBXH; cập nhật phần "
        "mềm quản lý thông tin trẻ em",
        "SYT",
        ("CAT", "SGDDT"),
        ("work", -10, 15),
        ("progress", 50, ""),
    ),
]

COMMUNE_TASKS: list[Duty] = [
    (
        "Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt trên địa bàn",
        "VHXH",
        ("CA", "TYT"),
        ("rel", -20),
        ("done", -4),
    ),
    (
        "Tổ chức các hoạt động Tháng hành động vì trẻ em",
        "DTN",
        ("HPN", "TH"),
        ("rel", 45),
        ("progress", 20, ""),
    ),
    (
        "Phòng, chống đuối nước cho trẻ em mùa mưa lũ",
        "UBND",
        ("CA", "DTN"),
        ("rel", -8),
        ("late", "Chưa có kinh phí làm biển cảnh báo"),
    ),
]

# (lead agency, days before the build day, note): fresh progress notes
RECENT_REPORTS = [
    ("SYT", 1, "Đã họp với các đơn vị phối hợp; tiến độ bảo đảm theo kế hoạch."),
    ("SGDDT", 4, "Đã kiểm tra thêm 6 nhóm trẻ độc lập; tổng hợp gửi Tổ thư ký trong tuần."),
    ("CAT", 9, "Đã khởi tố thêm 2 vụ việc; phối hợp Viện kiểm sát hướng dẫn thu thập chứng cứ."),
]
