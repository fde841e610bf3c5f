"""Long names and titles set on balanced lines, breaking where a Vietnamese reader expects:
the issuing body in the header, a document's summary line."""

from __future__ import annotations

from coordboard.services.documents.formats import text_width_mm

# The left header cell: 62 mm less Word's cell padding; the issuing body is broken into lines
# that fit it (13 pt bold), so the short rule under it measures the printed line.
HEADER_LEFT_MM = 56.0
BREAK_BEFORE = frozenset({"và", "tại", "về", "của", "trong", "với", "theo", "để"})
KEEP_WITH_NEXT = frozenset({"năm", "tháng", "ngày", "số", "đồng", "ủy", "phó", "sở"})


def fit_lines(text: str, width_mm: float = HEADER_LEFT_MM, size: float = 13) -> str:
    """Break a long name or title into as few bold lines as fit `width_mm`, the longest line
    as short as possible ("BAN ĐIỀU HÀNH\nCÔNG TÁC TRẺ EM\nTỈNH VĨNH LONG")."""
    words = text.split()
    if not words or text_width_mm(" ".join(words), size, True) <= width_mm:
        return text
    widths = [text_width_mm(w, size, True) for w in words]
    space = text_width_mm(" ", size, True)

    def line(a: int, b: int) -> float:
        return sum(widths[a:b]) + space * (b - a - 1)

    n = len(words)
    # breaks a reader expects: after a comma, before "và", "tại", ...; never inside "năm 2025"
    good = [
        k > 0 and (words[k - 1].endswith((",", ";", ":")) or words[k] in BREAK_BEFORE)
        for k in range(n)
    ]
    fair = [k > 0 and words[k - 1].casefold() not in KEEP_WITH_NEXT for k in range(n)]
    for allowed in (good, fair, [True] * n):
        lines = _balanced(words, line, allowed, width_mm)
        if lines:
            return "\n".join(lines)
    return text


def _balanced(words: list[str], line, allowed: list[bool], width_mm: float) -> list[str]:
    """The fewest lines, breaking only where `allowed`, each within `width_mm`, the longest as
    short as possible; [] when there is no such setting."""
    n = len(words)
    for count in range(2, n + 1):
        # best[j][i]: the smallest longest line setting the first i words on j lines
        best = [[float("inf")] * (n + 1) for _ in range(count + 1)]
        cut = [[0] * (n + 1) for _ in range(count + 1)]
        best[0][0] = 0.0
        for j in range(1, count + 1):
            for i in range(j, n + 1):
                for k in range(j - 1, i):
                    if k and not allowed[k]:
                        continue
                    value = max(best[j - 1][k], line(k, i))
                    if value < best[j][i]:
                        best[j][i], cut[j][i] = value, k
        if best[count][n] <= width_mm:
            lines, i = [], n
            for j in range(count, 0, -1):
                k = cut[j][i]
                lines.append(" ".join(words[k:i]))
                i = k
            return list(reversed(lines))
    return []
