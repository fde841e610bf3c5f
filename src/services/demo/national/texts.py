"""The texts of the national demo's plans and tasks: the sections of every plan, task titles by
sector, the recurring duties, and what progress updates, cancellations, suspensions and
extensions say.
"""

from __future__ import annotations

from datetime import date

# Sections of every plan: (number, title, sectors whose tasks go there)
SECTIONS = [
    ("I", "Công tác chỉ đạo, điều hành", ("government", "finance")),
    ("II", "Truyền thông, nâng cao nhận thức", ("culture", "mass_orgs")),
    ("III", "Phòng ngừa, hỗ trợ, can thiệp bảo vệ trẻ em", ("home_affairs", "police", "justice")),
    ("IV", "Chăm sóc sức khỏe, giáo dục trẻ em", ("health", "education")),
    ("V", "Kiểm tra, giám sát, báo cáo", ()),
]

TITLES = {
    "government": [
        "Ban hành kế hoạch thực hiện công tác trẻ em năm {year} trên địa bàn {area}",
        "Kiện toàn tổ chức phối hợp liên ngành về trẻ em {area}",
        "Chỉ đạo giải quyết dứt điểm các vụ việc xâm hại trẻ em trên địa bàn {area}",
        "Bố trí cán bộ làm công tác trẻ em tại {area}",
        "Đưa chỉ tiêu về trẻ em vào kế hoạch phát triển kinh tế - xã hội năm {year}",
    ],
    "home_affairs": [
        "Rà soát, cập nhật cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt {area}",
        "Tổ chức Tháng hành động vì trẻ em năm {year}",
        "Thăm, tặng quà trẻ em có hoàn cảnh khó khăn dịp Tết Trung thu năm {year}",
        "Hỗ trợ, can thiệp trẻ em bị xâm hại, bạo lực theo quy trình",
        "Tổng hợp số liệu trẻ em bị xâm hại, bạo lực năm {year}",
        "Duy trì mô hình phòng, chống xâm hại trẻ em dựa vào cộng đồng tại {area}",
    ],
    "health": [
        "Khám sức khỏe định kỳ cho trẻ em dưới 6 tuổi tại {area}",
        "Tiêm chủng mở rộng cho trẻ em trong độ tuổi năm {year}",
        "Giảm tỷ lệ suy dinh dưỡng thấp còi ở trẻ em dưới 5 tuổi",
        "Tư vấn, chăm sóc sức khỏe tâm thần cho trẻ em bị xâm hại",
        "Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi tại {area}",
    ],
    "education": [
        "Tổ chức dạy bơi, phòng, chống đuối nước cho học sinh hè {year}",
        "Giáo dục kỹ năng sống, kỹ năng tự bảo vệ cho học sinh năm học {year}-{next}",
        "Phòng, chống bạo lực học đường tại các trường trên địa bàn {area}",
        "Rà soát trẻ em bỏ học, có nguy cơ bỏ học tại {area}",
        "Bảo đảm an toàn cho trẻ em tại các cơ sở giáo dục mầm non",
    ],
    "police": [
        "Điều tra, xử lý nghiêm các vụ việc xâm hại trẻ em trên địa bàn {area}",
        "Tuyên truyền phòng, chống xâm hại trẻ em trên không gian mạng",
        "Phối hợp Tổng đài 111 xác minh thông tin về trẻ em bị xâm hại",
        "Bảo đảm an ninh trật tự tại các điểm vui chơi của trẻ em dịp 1/6/{year}",
        "Phòng ngừa người chưa thành niên vi phạm pháp luật tại {area}",
    ],
    "justice": [
        "Tổ chức phiên tòa thân thiện với người dưới 18 tuổi",
        "Trợ giúp pháp lý cho trẻ em là bị hại trong các vụ án xâm hại",
        "Kiểm sát việc giải quyết tin báo, tố giác tội phạm xâm hại trẻ em",
        "Phổ biến pháp luật về quyền trẻ em tại {area}",
    ],
    "culture": [
        "Tuyên truyền trên hệ thống truyền thanh về phòng, chống xâm hại trẻ em",
        "Tổ chức hoạt động vui chơi, giải trí cho trẻ em dịp hè {year}",
        'Xây dựng chuyên mục "Vì trẻ em" trên sóng phát thanh, truyền hình',
        "Phòng, chống bạo lực gia đình, bảo vệ trẻ em tại {area}",
    ],
    "finance": [
        "Thẩm định, bố trí dự toán kinh phí công tác trẻ em năm {year}",
        "Hướng dẫn quyết toán kinh phí Tháng hành động vì trẻ em năm {year}",
    ],
    "mass_orgs": [
        "Vận động Quỹ Bảo trợ trẻ em năm {year}",
        "Nâng cao kỹ năng làm cha mẹ cho hội viên tại {area}",
        "Tổ chức Diễn đàn trẻ em {area} năm {year}",
        "Nhận đỡ đầu, hỗ trợ trẻ em mồ côi, có hoàn cảnh đặc biệt",
        "Giám sát việc thực hiện quyền trẻ em tại {area}",
    ],
}
# (title, kind, points, which boards): recurring duties, one series per board
SERIES = [
    (
        "Báo cáo kết quả thực hiện công tác trẻ em 6 tháng và năm",
        "half_yearly",
        "25/05; 20/11",
        "all",
    ),
    ("Báo cáo tình hình trẻ em bị xâm hại, bạo lực hằng quý", "quarterly", "15/3", "province"),
    ("Tổ chức Tháng hành động vì trẻ em", "yearly", "31/05", "province"),
]
PROGRESS_TEXTS = [
    "Đã xây dựng kế hoạch triển khai, phân công cán bộ phụ trách.",
    "Đã tổ chức tuyên truyền tại các thôn, tổ dân phố.",
    "Đang rà soát, tổng hợp danh sách trẻ em.",
    "Đã phối hợp với nhà trường tổ chức sinh hoạt chuyên đề.",
    "Đã hoàn thành một phần, đang chờ số liệu của các đơn vị phối hợp.",
    "Đã gửi công văn đề nghị các đơn vị phối hợp cung cấp thông tin.",
]
DONE_TEXTS = [
    "Đã hoàn thành, báo cáo kết quả gửi Thường trực Ban.",
    "Đã tổ chức xong, có báo cáo kết quả kèm theo.",
    "Hoàn thành theo kế hoạch.",
]
NOTE_TEXTS = [
    "Đơn vị phối hợp đã cử cán bộ tham gia.",
    "Đã cung cấp số liệu theo đề nghị của cơ quan chủ trì.",
]
CANCEL_REASONS = [
    "Nhiệm vụ đã được lồng ghép vào kế hoạch khác.",
    "Không còn phù hợp sau sắp xếp đơn vị hành chính.",
]
SUSPEND_REASONS = [
    "Tạm dừng do chưa bố trí được kinh phí.",
    "Chờ ý kiến chỉ đạo của Ủy ban nhân dân tỉnh.",
]
EXTENSION_REASONS = [
    "Cần thêm thời gian tổng hợp số liệu từ các đơn vị.",
    "Chờ hướng dẫn của cơ quan cấp trên.",
    "Ảnh hưởng của mưa bão, lũ lụt.",
    "Chưa bố trí kịp kinh phí.",
]
DOCUMENTS = [
    ("478/LĐTBXH-TE", "Bộ Lao động - Thương binh và Xã hội", date(2022, 2, 28)),
    ("1506/QĐ-LĐTBXH", "Bộ Lao động - Thương binh và Xã hội", date(2019, 10, 25)),
]
