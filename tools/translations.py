"""Work on a translation catalogue without Qt Linguist: list what is left, fill it in.

    python tools/translations.py todo de [CONTEXT ...]   # unfinished texts, as JSON
    python tools/translations.py fill de FILE.json        # write the translations in FILE

FILE.json is a list of ``{"context": ..., "source": ..., "comment": ..., "translation":
...}`` (``"forms": [...]`` instead of ``"translation"`` for a text with a count: one form
per plural form of the language, two for German and English), the shape ``todo``
prints. ``make translations`` first, so the catalogue knows every text of the code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from xml.etree import ElementTree

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "translations"


def _catalogue(language: str) -> Path:
    return FOLDER / f"corelog_{language}.ts"


def _messages(root: ElementTree.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def todo(language: str, contexts: list[str]) -> list[dict]:
    root = ElementTree.parse(_catalogue(language)).getroot()
    left = []
    for name, message in _messages(root):
        translation = message.find("translation")
        if contexts and name not in contexts:
            continue
        if translation is not None and translation.get("type") == "unfinished":
            item = {"context": name, "source": message.findtext("source") or ""}
            if message.findtext("comment"):
                item["comment"] = message.findtext("comment")
            if message.get("numerus") == "yes":
                item["forms"] = ["", ""]
            else:
                item["translation"] = ""
            left.append(item)
    return left


def fill(language: str, items: list[dict]) -> tuple[int, list[str]]:
    path = _catalogue(language)
    tree = ElementTree.parse(path)
    wanted = {(i["context"], i["source"], i.get("comment", "")): i for i in items}
    done, missing = 0, set(wanted)
    for name, message in _messages(tree.getroot()):
        key = (name, message.findtext("source") or "", message.findtext("comment") or "")
        item = wanted.get(key)
        translation = message.find("translation")
        if item is None or translation is None:
            continue
        missing.discard(key)
        if message.get("numerus") == "yes":
            forms = item.get("forms") or []
            if not forms or not all(forms):
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ElementTree.SubElement(translation, "numerusform").text = form
        else:
            text = item.get("translation", "")
            if not text:
                continue
            translation.text = text
        translation.attrib.pop("type", None)
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done, [f"{c}: {s!r}" for c, s, _ in sorted(missing)]


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "todo":
        print(json.dumps(todo(argv[1], argv[2:]), ensure_ascii=False, indent=1))
        return 0
    if len(argv) == 3 and argv[0] == "fill":
        items = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        done, missing = fill(argv[1], items)
        print(f"{done} translations written")
        for line in missing:
            print(f"not in the catalogue (run `make translations`): {line}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
