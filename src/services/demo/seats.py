"""The shape of the small demo world, after the seed documents: the province board's seats
(agency, position, role, duty), the two commune boards and their seats, and the demo accounts.
The national demo seats its boards from the same tables.
"""

from __future__ import annotations

from coordboard.services.actor import ADMIN, FOCAL_POINT, SECRETARIAT, VIEWER

PROVINCE = "tỉnh Vĩnh Long"

# (agency code, position in the agency, role in the board, duty in the board)
PROVINCE_SEATS = [
    ("UBND-T", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "chair", ""),
    ("SYT", "Giám đốc Sở Y tế", "standing_deputy", "Phụ trách công tác trẻ em"),
    ("SGDDT", "Phó Giám đốc Sở Giáo dục và Đào tạo", "deputy", ""),
    ("CAT", "Phó Giám đốc Công an tỉnh", "deputy", ""),
    ("SYT", "Phó Giám đốc Sở Y tế", "member", ""),
    ("SYT", "Trưởng phòng Bảo trợ xã hội và Trẻ em", "member", ""),
    ("SNV", "Phó Giám đốc Sở Nội vụ", "member", ""),
    ("SGDDT", "Trưởng phòng Công tác học sinh, sinh viên", "member", ""),
    ("CAT", "Trưởng phòng Cảnh sát hình sự", "member", ""),
    ("TAND", "Phó Chánh án Tòa án nhân dân tỉnh", "member", ""),
    ("VKSND", "Phó Viện trưởng Viện kiểm sát nhân dân tỉnh", "member", ""),
    ("STP", "Phó Giám đốc Sở Tư pháp", "member", ""),
    ("SVHTTDL", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", "member", ""),
    ("SKHCN", "Phó Giám đốc Sở Khoa học và Công nghệ", "member", ""),
    ("STC", "Phó Giám đốc Sở Tài chính", "member", ""),
    ("SDTTG", "Phó Giám đốc Sở Dân tộc và Tôn giáo", "member", ""),
    ("DPTTH", "Phó Giám đốc Đài Phát thanh và Truyền hình tỉnh", "member", ""),
    ("BHXH", "Phó Giám đốc Bảo hiểm xã hội tỉnh", "member", ""),
    ("MTTQ", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "member", ""),
    ("HLHPN", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "member", ""),
    ("TD", "Phó Bí thư Tỉnh đoàn", "member", ""),
    ("HND", "Phó Chủ tịch Hội Nông dân tỉnh", "member", ""),
    ("LDLD", "Phó Chủ tịch Liên đoàn Lao động tỉnh", "member", ""),
    ("SYT", "Chuyên viên Phòng Bảo trợ xã hội và Trẻ em", "secretary", "Tổ thư ký giúp việc"),
    ("SYT", "Chuyên viên Phòng Bảo trợ xã hội và Trẻ em", "secretary", "Tổ thư ký giúp việc"),
]

COMMUNES = [
    ("xã Phước Hậu", "XPH", "commune_board", "Ban Bảo vệ trẻ em xã Phước Hậu"),
    (
        "phường Thanh Đức",
        "PTD",
        "standing_group",
        "Nhóm thường trực bảo vệ trẻ em phường Thanh Đức",
    ),
]
# (agency suffix, agency name pattern, sector, position, role)
COMMUNE_SEATS = [
    ("UBND", "Ủy ban nhân dân {area}", "government", "Phó Chủ tịch Ủy ban nhân dân", "chair"),
    (
        "VHXH",
        "Phòng Văn hóa - Xã hội {area}",
        "home_affairs",
        "Trưởng phòng Văn hóa - Xã hội",
        "standing_deputy",
    ),
    ("CA", "Công an {area}", "police", "Phó Trưởng Công an", "member"),
    ("TYT", "Trạm Y tế {area}", "health", "Trạm trưởng Trạm Y tế", "member"),
    ("TH", "Trường Tiểu học {area}", "education", "Hiệu trưởng", "member"),
    ("HPN", "Hội Liên hiệp Phụ nữ {area}", "mass_orgs", "Chủ tịch Hội Liên hiệp Phụ nữ", "member"),
    ("DTN", "Đoàn Thanh niên {area}", "mass_orgs", "Bí thư Đoàn Thanh niên", "member"),
    (
        "MTTQ",
        "Ủy ban Mặt trận Tổ quốc Việt Nam {area}",
        "mass_orgs",
        "Phó Chủ tịch Ủy ban MTTQ",
        "member",
    ),
    (
        "VHXH",
        "Phòng Văn hóa - Xã hội {area}",
        "home_affairs",
        "Công chức làm công tác trẻ em",
        "secretary",
    ),
]

ACCOUNTS = [
    ("admin", ADMIN, None, "Quản trị hệ thống"),
    ("thuky", SECRETARIAT, None, "Tổ thư ký Ban Điều hành"),
    ("giaoduc", FOCAL_POINT, "SGDDT", "Đầu mối Sở Giáo dục và Đào tạo"),
    ("yte", FOCAL_POINT, "SYT", "Đầu mối Sở Y tế"),
    ("congan", FOCAL_POINT, "CAT", "Đầu mối Công an tỉnh"),
    ("xem", VIEWER, None, "Lãnh đạo theo dõi"),
]
