"""Print preview, printing and PDF of the ND 30/2020 document model (services/documents).

The same `Document` the DOCX renderer writes is laid out in QTextDocuments (layout.py, with the
tools of typesetting.py and the parts in header.py, body.py and closing.py) and painted page by
page with QPainter (pages.py), so this package controls the page numbers (centred in the top
margin, none on page 1) exactly as the DOCX does. The words are the same: both renderers take
them from the model (`Document.plain_text()` order).

`render_pdf` / `write_pdf` need only QtGui: called from the command line, they create a
QGuiApplication when there is none; on Linux/BSD without DISPLAY or WAYLAND_DISPLAY they choose
the "offscreen" platform first (no window is ever shown), unless QT_QPA_PLATFORM says otherwise.
Painting uses no widget, so a worker thread may call `render_pdf` (ui/workers.run_task).
`preview` and `print_document` need the QApplication of the GUI.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPdfWriter

from coordboard.services.documents import formats as F
from coordboard.services.documents.files import write_bytes_atomic
from coordboard.services.documents.model import Document
from coordboard.ui.printing.pages import page_layout, paint_document

__all__ = [
    "ensure_gui_application",
    "open_with_default_app",
    "paint_document",
    "preview",
    "print_document",
    "printer_for",
    "render_pdf",
    "write_pdf",
]

PDF_RESOLUTION = 600
_gui_app = None  # a QGuiApplication this module had to create (kept alive)


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one for headless use (see the module doc)."""
    global _gui_app
    app = QCoreApplication.instance()
    if app is None:
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if headless and (sys.platform.startswith("linux") or "bsd" in sys.platform):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _gui_app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "coordboard"])
        return _gui_app
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("printing needs a QGuiApplication, and a QCoreApplication is running")
    return app


def render_pdf(doc: Document) -> bytes:
    """The document as PDF bytes (A4, the document's margins, numbered from page 2)."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("coordboard")
    writer.setTitle(F.nfc(" ".join((doc.kind_title.upper(), *doc.title_lines)).strip()))
    writer.setPageLayout(page_layout(False))
    paint_document(doc, writer)
    del writer  # flushes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def write_pdf(doc: Document, path: str | os.PathLike) -> Path:
    """Render fully in memory, then write atomically (DomainError naming the path on failure)."""
    return write_bytes_atomic(path, render_pdf(doc))


def printer_for(doc: Document):
    """A high-resolution QPrinter for `doc`: A4 portrait, full page (the margins are the
    document's own), named after the document in the print queue."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(False))
    printer.setDocName(F.nfc(" ".join((doc.kind_title.upper(), *doc.title_lines)).strip()))
    return printer


def preview(doc: Document, parent=None):
    """A QPrintPreviewDialog showing the document's pages; the caller opens it (exec/open)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = printer_for(doc)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ = printer  # the dialog does not own the printer
    dialog.paintRequested.connect(lambda device: paint_document(doc, device))
    return dialog


def print_document(doc: Document, parent=None) -> bool:
    """Ask for a printer with the system's print dialog and print; False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = printer_for(doc)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_document(doc, printer)
    return True


def open_with_default_app(path: str | os.PathLike) -> bool:
    """Open a written file (DOCX, PDF) with the program the system associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))
