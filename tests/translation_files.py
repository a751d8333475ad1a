"""Reading and writing Qt's translation files (.ts) in tests: the catalogues CoreLog
ships, a fresh extraction of the code's texts, and a pseudo-translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE = ROOT / "src" / "corelog"


def qt_tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) of this Python's environment."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    assert found, f"{name} is missing: PySide6 installs it"
    return found


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]  # one, or one per plural form
    finished: bool


def read_ts(path: Path) -> list[Message]:
    root = ElementTree.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            texts = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    translations=texts,
                    finished=translation.get("type") not in {"unfinished", "vanished", "obsolete"},
                )
            )
    return found


def extract(folder: Path, *, plural_only: bool = False) -> list[Message]:
    """Every text the code passes to a translation context, as lupdate finds it now."""
    target = folder / ("extracted_en.ts" if plural_only else "extracted.ts")
    command = [qt_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none"]
    command += ["-pluralonly"] if plural_only else []
    subprocess.run([*command, str(SOURCE), "-ts", str(target)], check=True, capture_output=True)
    return read_ts(target)


def write_ts(path: Path, messages: list[Message], language: str) -> None:
    root = ElementTree.Element("TS", version="2.1", language=language)
    contexts: dict[str, ElementTree.Element] = {}
    for m in messages:
        if m.context not in contexts:
            contexts[m.context] = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(contexts[m.context], "name").text = m.context
        message = ElementTree.SubElement(contexts[m.context], "message")
        if m.numerus:
            message.set("numerus", "yes")
        ElementTree.SubElement(message, "source").text = m.source
        if m.comment:
            ElementTree.SubElement(message, "comment").text = m.comment
        translation = ElementTree.SubElement(message, "translation")
        if m.numerus:
            for form in m.translations:
                ElementTree.SubElement(translation, "numerusform").text = form
        else:
            translation.text = m.translations[0]
    ElementTree.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def compile_ts(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm


OPEN, CLOSE, PAD = "⟦", "⟧", "·"


def pseudo(text: str) -> str:
    """``text`` wrapped in ⟦ ⟧ and lengthened by a third, its placeholders untouched."""
    return f"{OPEN}{text}{PAD * max(1, len(text) // 3)}{CLOSE}"


def pseudo_catalogue(folder: Path) -> Path:
    """A compiled pseudo-translation of every text in the code (English plural forms)."""
    english = {(m.context, m.source, m.comment): m for m in read_ts(TRANSLATIONS / "corelog_en.ts")}
    messages = []
    for m in extract(folder):
        forms = english.get((m.context, m.source, m.comment))
        texts = (
            forms.translations if (m.numerus and forms) else (m.source,) * (2 if m.numerus else 1)
        )
        messages.append(
            Message(m.context, m.source, m.comment, m.numerus, tuple(map(pseudo, texts)), True)
        )
    ts = folder / "corelog_pseudo.ts"
    write_ts(ts, messages, "en_GB")
    return compile_ts(ts)
