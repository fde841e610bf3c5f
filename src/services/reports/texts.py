"""The assessment (III: results, shortcomings, causes) and proposals (V) of a progress report,
written from its numbers as plain Vietnamese sentences for the secretary to edit."""

from __future__ import annotations

from dataclasses import dataclass

from coordboard.services.documents.formats import percent
from coordboard.services.reports.model import ReportData
from coordboard.services.tasks import classification as cl


@dataclass(frozen=True)
class AssessmentTexts:
    """III (results, shortcomings, causes) and V (proposals): pre-filled, then edited."""

    results: str = ""
    shortcomings: str = ""
    causes: str = ""
    proposals: str = ""


def default_texts(data: ReportData) -> AssessmentTexts:
    """Sentences for III and V from the numbers; the secretary edits them before issuing."""
    c = data.counts
    who = data.board_name
    scope = f"theo {data.subject}" if data.subject else "được giao"
    if data.empty:
        nothing = (
            f"Trong kỳ báo cáo ({data.period.label}), chưa có nhiệm vụ {scope} "
            f"để theo dõi, đánh giá."
        )
        return AssessmentTexts(
            results=nothing,
            shortcomings="Chưa có số liệu để đánh giá tồn tại, hạn chế trong kỳ.",
            causes="Chưa có số liệu để phân tích nguyên nhân.",
            proposals=f"Đề nghị các cơ quan, đơn vị thành viên {who} rà soát, cập nhật "
            "đầy đủ các nhiệm vụ được giao để theo dõi, báo cáo trong kỳ tới.",
        )
    results = [
        f"Trong {data.period.label}, {who} đã chỉ đạo, theo dõi thực hiện {c.total} nhiệm vụ "
        f"{scope}; trong đó đã hoàn thành {c.done} nhiệm vụ ({c[cl.DONE_ON_TIME]} đúng hạn, "
        f"{c[cl.DONE_LATE]} quá hạn), đang thực hiện trong hạn "
        f"{c.in_progress_within_deadline} nhiệm vụ."
    ]
    rate = data.rate
    if rate.due:
        results.append(
            f"Tỷ lệ hoàn thành các nhiệm vụ đã đến hạn đạt {percent(rate.done, rate.due)}% "
            f"({rate.done}/{rate.due} nhiệm vụ), trong đó hoàn thành đúng hạn đạt "
            f"{percent(rate.done_on_time, rate.due)}%."
        )
    best = [g for g in data.by_sector if g.counts.done and not g.counts[cl.OVERDUE]]
    if best:
        names = ", ".join(g.name for g in best[:4])
        results.append(
            f"Các lĩnh vực {names} hoàn thành tốt các nhiệm vụ được giao, "
            f"không có nhiệm vụ quá hạn."
        )
    if data.meetings:
        results.append(
            f"{who} đã tổ chức {len(data.meetings)} cuộc họp, kịp thời kết luận, "
            "giao nhiệm vụ cho các cơ quan thành viên."
        )

    short = []
    if c[cl.OVERDUE]:
        late_agencies = [g for g in data.by_agency if g.counts[cl.OVERDUE]]
        names = ", ".join(f"{g.name} ({g.counts[cl.OVERDUE]})" for g in late_agencies[:5])
        more = f" và {len(late_agencies) - 5} cơ quan khác" if len(late_agencies) > 5 else ""
        short.append(
            f"Còn {c[cl.OVERDUE]} nhiệm vụ quá hạn chưa hoàn thành, tập trung ở các "
            f"cơ quan: {names}{more}."
        )
    else:
        short.append("Không có nhiệm vụ quá hạn chưa hoàn thành tại thời điểm báo cáo.")
    if c[cl.DONE_LATE]:
        short.append(f"{c[cl.DONE_LATE]} nhiệm vụ hoàn thành nhưng chậm so với thời hạn được giao.")
    if data.extended:
        short.append(f"{data.extended} nhiệm vụ phải gia hạn thời gian thực hiện.")
    if c[cl.NO_DEADLINE]:
        short.append(
            f"{c[cl.NO_DEADLINE]} nhiệm vụ chưa xác định thời hạn hoàn thành, khó "
            "theo dõi, đánh giá."
        )

    causes = ["Nguyên nhân khách quan: (nêu cụ thể)."]
    subjective = [
        "một số cơ quan chủ trì chưa quan tâm đúng mức đến việc tổ chức thực hiện và "
        "báo cáo tiến độ các nhiệm vụ được giao"
    ]
    if data.overdue_without_update:
        subjective.append(
            f"{data.overdue_without_update} nhiệm vụ quá hạn không có báo cáo "
            "cập nhật tiến độ trong kỳ"
        )
    causes.append("Nguyên nhân chủ quan: " + "; ".join(subjective) + ".")

    proposals = []
    if c[cl.OVERDUE]:
        proposals.append(
            f"Đề nghị các cơ quan chủ trì khẩn trương hoàn thành {c[cl.OVERDUE]} "
            f"nhiệm vụ quá hạn; trường hợp không thể hoàn thành, báo cáo rõ lý do "
            f"và đề xuất thời hạn hoàn thành để {who} xem xét, quyết định."
        )
    proposals.append(
        "Đề nghị các cơ quan, đơn vị thành viên cập nhật kết quả thực hiện nhiệm "
        "vụ định kỳ, đầy đủ, đúng thời hạn."
    )
    if data.governing:
        proposals.append(
            f"Kiến nghị {data.governing} quan tâm chỉ đạo, bố trí nguồn lực để "
            "thực hiện các nhiệm vụ kỳ tới."
        )
    return AssessmentTexts(
        " ".join(results), " ".join(short), "\n".join(causes), "\n".join(proposals)
    )
