"""FlowLayout: left to right, a new line when the width runs out, hidden widgets take no room."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from coordboard.ui.common.flow_layout import FlowLayout

W, H, GAP = 50, 20, 6


class Box(QWidget):
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(W, H)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(W, H)


def flow_of(qtbot, n: int) -> tuple[QWidget, FlowLayout, list[Box]]:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=GAP)
    boxes = [Box() for _ in range(n)]
    for box in boxes:
        flow.addWidget(box)
    return host, flow, boxes


def test_the_flow_wraps_when_the_width_runs_out(qtbot):
    host, flow, boxes = flow_of(qtbot, 5)
    assert flow.count() == 5 and flow.hasHeightForWidth()
    assert flow.heightForWidth(5 * W + 4 * GAP) == H  # one line
    assert flow.heightForWidth(2 * W + GAP) == 3 * H + 2 * GAP  # two a line
    host.resize(2 * W + GAP + 10, 3 * H + 2 * GAP)
    host.show()
    qtbot.waitExposed(host)
    assert [(b.x(), b.y()) for b in boxes] == [
        (0, 0),
        (W + GAP, 0),
        (0, H + GAP),
        (W + GAP, H + GAP),
        (0, 2 * (H + GAP)),
    ]
    assert flow.minimumSize() == QSize(W, H)  # the widest item: it may wrap down to one


def test_hidden_widgets_take_no_room(qtbot):
    host, flow, boxes = flow_of(qtbot, 3)
    boxes[1].hide()
    assert flow.heightForWidth(2 * W + GAP) == H  # the two shown fit on one line
    host.resize(2 * W + GAP, H)
    host.show()
    qtbot.waitExposed(host)
    assert (boxes[2].x(), boxes[2].y()) == (W + GAP, 0)
    assert flow.takeAt(1) is not None and flow.count() == 2 and flow.itemAt(5) is None
