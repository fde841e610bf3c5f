"""The document builders take data and never import the use cases (DESIGN.md: documents/ sits
below reports, meetings, tasks, plans, dashboard, members...): every module of
services/documents imports, of coordboard, only its own package, the pure rules and the
errors, i18n and text modules, at the top or inside a function, for type checking or not."""

from __future__ import annotations

from test_layers import imports, sources, under

ALLOWED = (
    "coordboard.services.documents",
    "coordboard.rules",
    "coordboard.errors",
    "coordboard.i18n",
    "coordboard.text",
)


def test_documents_import_no_use_case():
    found = [
        f"{path.name}:{imp.line} imports {imp.module}"
        for path in sources("services/documents")
        for imp in imports(path)
        if under(imp.module, "coordboard") and not under(imp.module, *ALLOWED)
    ]
    assert sources("services/documents")  # the checker looks where the builders are
    assert found == []


def test_the_check_catches_a_lazy_import_of_a_use_case(tmp_path):
    fake = tmp_path / "services" / "documents" / "letter.py"
    fake.parent.mkdir(parents=True)
    fake.write_text(
        "def build(data):\n"
        "    from coordboard.services.reports import CLASS_TEXT\n"
        "    from ..meetings import recipients\n"
        "    return CLASS_TEXT, recipients\n",
        encoding="utf-8",
    )
    found = {i.module for i in imports(fake, tmp_path)}
    assert {"coordboard.services.reports", "coordboard.services.meetings"} <= found
    assert not all(under(m, *ALLOWED) for m in found)
