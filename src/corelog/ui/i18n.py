"""The language CoreLog speaks: Qt's translators and the user's locale, chosen at start.

The language is, in this order: the ``CORELOG_LANGUAGE`` environment variable (``de``,
``en``), the one chosen in Settings, or the system's when CoreLog has a translation for
it, else English. Numbers and dates follow the system's locale when it is of that
language (a Swiss German desktop keeps its own conventions), else the language's own.
The catalogues are ``resources/translations/corelog_<language>.qm``, compiled from the
``.ts`` files by ``make translations``; Qt's own (the standard buttons of a message box)
come from Qt's translations folder.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTimeZone,
    QTranslator,
)

from corelog.domain import i18n
from corelog.resources import resource_path

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
"""The languages CoreLog speaks, each named in itself (as a language menu lists them)."""

SYSTEM = "system"
ENVIRONMENT = "CORELOG_LANGUAGE"

_installed: list[QTranslator] = []


def catalogue(language: str) -> Path:
    """The compiled catalogue of ``language`` (it may not have been built)."""
    return resource_path("translations", f"corelog_{language}.qm")


def choose_language(setting: str = SYSTEM, system: QLocale | None = None) -> str:
    """The language code CoreLog uses for the ``setting`` made in Settings."""
    wanted = os.environ.get(ENVIRONMENT, "").strip().lower() or setting
    if wanted in LANGUAGES:
        return wanted
    return system_language(system)


def system_language(system: QLocale | None = None) -> str:
    """The language CoreLog speaks when following the system: its own, if CoreLog has a
    translation for it, else English."""
    code = QLocale.languageToCode((system or QLocale.system()).language())
    return code if code in LANGUAGES else "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale numbers and dates are written in: the system's when it speaks
    ``language``, else the language's own (English as in the United Kingdom)."""
    system = system or QLocale.system()
    wanted = QLocale("en_GB" if language == "en" else language)
    return system if system.language() == wanted.language() else wanted


def install_language(setting: str = SYSTEM, *, qm_file: Path | None = None) -> str:
    """Loads the catalogues for the language chosen by ``setting`` (or ``qm_file``, a
    catalogue to use instead of CoreLog's, e.g. the tests' pseudo-translation) and
    makes every text and number from then on follow it. Returns the language code."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication comes first"
    language = choose_language(setting)
    locale = locale_for(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    files = [qm_file] if qm_file is not None else []
    if qm_file is None and language != "en":
        files.append(catalogue(language))
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    if language != "en":
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(locale, "qtbase", "_", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    QLocale.setDefault(locale)
    i18n.use(
        translate=_translate,
        symbols=i18n.NumberSymbols(locale.decimalPoint(), locale.groupSeparator()),
        date_text=lambda value, pattern: _date_text(locale, value, pattern),
    )
    return language


def uninstall_language() -> None:
    """Back to English without catalogues (the tests' starting point)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for("en"))
    i18n.use()


def _translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    translated = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and QCoreApplication.translate(context, text, disambiguation) == text:
        return i18n.english(context, text, disambiguation, n)  # English plural forms
    return translated


def _date_text(locale: QLocale, value: date | datetime | time, pattern: str) -> str:
    if isinstance(value, datetime):
        moment = QDateTime(
            QDate(value.year, value.month, value.day),
            QTime(value.hour, value.minute, value.second),
            QTimeZone.utc(),  # the wall-clock time as given: no gap of this machine's zone
        )
        return locale.toString(moment, pattern)
    if isinstance(value, time):
        return locale.toString(QTime(value.hour, value.minute, value.second), pattern)
    return locale.toString(QDate(value.year, value.month, value.day), pattern)
