"""Every quote in the knowledge base is copied word for word from the document it cites.

The documents live beside the repository, in ``../shared/seeds/`` (they are not shipped
with CoreLog). A quote matches when it appears in its document after both are normalised:
runs of white space become one space and curly quotes and apostrophes become straight
ones. So a sentence cited to a document that does not say it cannot come back.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest

from corelog.knowledge import FILES, Cite, Knowledge, get_knowledge, load_knowledge
from corelog.resources import resource_path

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir(),
    reason=f"the source documents are not beside this checkout (looked in {SEEDS})",
)

_QUOTE_MARKS = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"'}
)


def normalised(text: str) -> str:
    """White space runs to one space, curly quotes and apostrophes to straight ones."""
    return " ".join(text.translate(_QUOTE_MARKS).split())


def cites(value: object, path: str = "kb") -> Iterator[tuple[str, Cite]]:
    """Every item's ``cite`` in the knowledge base, with where it is."""
    if isinstance(value, tuple):
        for index, item in enumerate(value):
            key = getattr(item, "key", None) or getattr(item, "muscle", None) or index
            yield from cites(item, f"{path}[{key}]")
        return
    if isinstance(value, Cite):
        yield path, value
        return
    if is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            yield from cites(getattr(value, field.name), f"{path}.{field.name}")


def documents(kb: Knowledge) -> dict[str, str]:
    return {s.id: normalised((SEEDS / s.file).read_text(encoding="utf-8")) for s in kb.sources}


def misquotes(kb: Knowledge) -> list[str]:
    """Each quote not found in the document it cites, as "where: 002 'quote'"."""
    texts = documents(kb)
    return [
        f"{path}: {quote.source} {quote.text!r}"
        for path, cite in cites(kb)
        for quote in cite.quotes
        if normalised(quote.text) not in texts[quote.source]
    ]


def test_every_quote_is_in_the_document_it_cites() -> None:
    kb = get_knowledge()
    quoted = [quote for _, cite in cites(kb) for quote in cite.quotes]
    assert len(quoted) > 300  # the walk reaches every item, nested ones included
    assert {quote.source for quote in quoted} == {s.id for s in kb.sources}
    assert misquotes(kb) == []


def test_every_document_file_is_there() -> None:
    for source in get_knowledge().sources:
        assert (SEEDS / source.file).is_file(), source.file


def test_a_sentence_the_document_does_not_say_is_caught(tmp_path: Path) -> None:
    """The issue's first mis-citation, brought back: shins cited to document 002."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    for name in FILES:
        shutil.copy(resource_path("knowledge", f"{name}.toml"), folder)
    path = folder / "prevention.toml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[[habit]]\nkey = "new_runner_shins"\nname = "Shins"\n'
        + 'text = "Sore shins fade as they get stronger."\nregions = ["shins"]\n'
        + 'cites = [{ source = "002", quote = "Sore shins in the first weeks usually fade." }]\n',
        encoding="utf-8",
    )
    found = misquotes(load_knowledge(folder))
    assert found == ["kb.prevention[new_runner_shins].cite: 002 'Sore shins in the first weeks "
                     "usually fade.'"]


def test_a_quote_cited_to_the_wrong_document_is_caught(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(resource_path("knowledge"), folder)
    path = folder / "core.toml"
    text = path.read_text(encoding="utf-8")
    right = "{ source = \"003\", quote = 'Injury prevention:"
    assert right in text
    path.write_text(text.replace(right, right.replace("003", "001")), encoding="utf-8")
    found = misquotes(load_knowledge(folder))
    assert len(found) == 1 and found[0].startswith("kb.core.benefits[injury_prevention].cite: 001")


@pytest.mark.parametrize(
    ("quote", "document"),
    [
        ("If you’ve just started running", "If you've just started running"),
        ("“Normal soreness”", '"Normal soreness"'),
        ("dull or tight,\nimproves", "dull  or tight, improves"),
    ],
)
def test_white_space_and_quote_marks_do_not_matter(quote: str, document: str) -> None:
    assert normalised(quote) in normalised(document)


def test_other_differences_do_matter() -> None:
    assert normalised("30-60 seconds") not in normalised("Hold for 30–60 seconds")
    assert normalised("Sore abs") not in normalised("sore abs")
