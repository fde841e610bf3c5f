"""One translation mechanism for the widgets, the services' messages and the command line.

Source strings are English. Qt Linguist `.ts` files under resources/translations hold the
Vietnamese text; `pyside6-lrelease` builds the `.qm` files that ship with the package.

Services and models must stay Qt-free, so they only *mark* strings with `QT_TRANSLATE_NOOP`
(a no-op that `pyside6-lupdate` recognises) and keep the English source plus parameters. The
translation happens where a message is shown: `tr_message()` here, used by the UI and the CLI,
looks the string up in the loaded `QTranslator` (QtCore only — no QtGui/QtWidgets).
"""

from __future__ import annotations

import os
from importlib import resources
from typing import Any

DEFAULT_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")

_translator: Any = None  # QTranslator once loaded
_language: str = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Mark `text` for extraction into the `.ts` file under `context`; returns it unchanged."""
    return text


def qm_path(language: str) -> str:
    return str(
        resources.files("coordboard.resources") / "translations" / f"coordboard_{language}.qm"
    )


def load(language: str | None = None) -> str:
    """Load the translator for `language` (default: $COORDBOARD_LANG or Vietnamese).

    Returns the language actually in force ("en" means source strings).
    """
    global _translator, _language
    language = (language or os.environ.get("COORDBOARD_LANG") or DEFAULT_LANGUAGE).lower()[:2]
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _translator = None
    _language = "en"
    if language == "en":
        return _language
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if translator.load(qm_path(language)):
        _translator = translator
        _language = language
    return _language


def translator() -> Any:
    """The loaded QTranslator (to install into a QApplication), or None for English."""
    return _translator


def language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    """Translate a marked source string; falls back to the English source."""
    if _translator is not None:
        found = _translator.translate(context, text)
        if found:
            return found
    return text


def tr_message(context: str, text: str, params: dict[str, Any] | None = None) -> str:
    """Translate then fill `{name}` placeholders (parameters are never translated)."""
    translated = translate(context, text)
    if params:
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return text.format(**params)
    return translated
