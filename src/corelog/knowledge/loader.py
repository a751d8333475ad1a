"""Loading ``resources/knowledge/*.toml`` into a validated :class:`Knowledge`.

The files are read in dependency order (sources first, then what refers to them), each
section of a file by the spec of its kind of item (:mod:`corelog.knowledge.specs`), so
every reference is checked as it is read and an error names the file, the item and the
problem: an unknown muscle, exercise, region, relief method or run type, a missing or
unknown source, a missing quote, a duplicate key, a malformed dose, missing text, or a
value of the wrong type. Broken data raises :class:`KnowledgeError`; CoreLog never shows
half-checked advice.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from corelog.knowledge import specs
from corelog.knowledge.base import Knowledge
from corelog.knowledge.errors import KnowledgeError
from corelog.knowledge.fields import Fields
from corelog.knowledge.items import CoreGuide, Muscle, Rule
from corelog.knowledge.schema import ItemSpec, read_item, unique
from corelog.resources import resource_path


@dataclass(frozen=True)
class Section:
    """One table (``[name]``) or list of tables (``[[name]]``) of a knowledge file.

    ``field``: what it becomes in :class:`Knowledge` (or in its file's ``bundle``).
    ``pool``: the keys of a list are known to the sections read after it under this name
    (a region may then name a muscle). ``what`` names the kind in a duplicate-key message.
    """

    name: str
    field: str
    spec: ItemSpec
    many: bool = True
    pool: str | None = None
    what: str = ""
    key: str = "key"


FileCheck = Callable[[Fields, dict[str, Any]], None]
Pools = Callable[[dict[str, Any]], dict[str, frozenset[str]]]


@dataclass(frozen=True)
class KnowledgeFile:
    """One file: its sections in reading order, checks across them, the key pools it adds
    beyond its sections' own (``pools``), and, with ``bundle``, the one field of
    :class:`Knowledge` its sections make together (``("core", CoreGuide)``)."""

    stem: str
    sections: tuple[Section, ...]
    checks: tuple[FileCheck, ...] = ()
    pools: Pools | None = None
    bundle: tuple[str, Callable[..., Any]] | None = None


def _some_sources(f: Fields, read: dict[str, Any]) -> None:
    if not read["source"]:
        raise f.error("no source documents listed")


def _core_rows(f: Fields, read: dict[str, Any]) -> None:
    muscles: tuple[Muscle, ...] = read["muscle"]
    rows = sorted(m.core_role.row for m in muscles if m.core_role is not None)
    if rows != list(range(1, len(rows) + 1)):
        raise f.error(f"core table rows must be numbered 1 to {len(rows)} once each, found {rows}")


def _bands_do_not_overlap(f: Fields, read: dict[str, Any]) -> None:
    rules: tuple[Rule, ...] = read["rule"]
    banded = sorted(
        (r for r in rules if r.severity_min is not None), key=lambda r: r.severity_min or 0
    )
    for before, after in pairwise(banded):
        if (after.severity_min or 0) <= (before.severity_max or 0):
            raise f.error(f"rules {before.key!r} and {after.key!r} overlap in severity")


def _race_pools(read: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Race classes may be named after run_types.toml, and so may the run type they need."""
    run_types = read["run_type"]
    return {
        "race_class": frozenset(c.key for r in run_types for c in r.race_classes),
        "race_run_type": frozenset(r.key for r in run_types if r.race_classes),
    }


KNOWLEDGE_FILES: tuple[KnowledgeFile, ...] = (
    KnowledgeFile(
        "sources",
        (Section("source", "sources", specs.SOURCE, pool="source", key="id"),),
        (_some_sources,),
    ),
    KnowledgeFile(
        "muscles", (Section("muscle", "muscles", specs.MUSCLE, pool="muscle"),), (_core_rows,)
    ),
    KnowledgeFile(
        "exercises", (Section("exercise", "exercises", specs.EXERCISE, pool="exercise"),)
    ),
    KnowledgeFile(
        "run_types",
        (
            Section("every_run", "every_run", specs.EVERY_RUN, many=False),
            Section("core_note", "core_note", specs.NOTE, many=False),
            Section("surface", "surfaces", specs.SURFACE, pool="surface"),
            Section("run_type", "run_types", specs.RUN_TYPE, pool="run_type", what="run type"),
        ),
        pools=_race_pools,
    ),
    KnowledgeFile("regions", (Section("region", "regions", specs.REGION, pool="region"),)),
    KnowledgeFile("facts", (Section("fact", "facts", specs.FACT),)),
    KnowledgeFile(
        "soreness",
        (
            Section("notice", "notice", specs.NOTE, many=False),
            Section("telling_apart", "telling_apart", specs.NOTE, many=False),
            Section("kind", "soreness_kinds", specs.KIND),
            Section("reason", "soreness_reasons", specs.REASON, pool="reason"),
            Section("cause", "causes", specs.CAUSE),
            Section(
                "warning_sign",
                "warning_signs",
                specs.WARNING_SIGN,
                pool="warning_sign",
                what="warning sign",
            ),
        ),
    ),
    KnowledgeFile(
        "recovery",
        (
            Section("relief", "relief_methods", specs.RELIEF, pool="relief", what="relief method"),
            Section("action", "actions", specs.ACTION, pool="action"),
            Section("rule", "rules", specs.RULE),
        ),
        (_bands_do_not_overlap,),
    ),
    KnowledgeFile("prevention", (Section("habit", "prevention", specs.HABIT),)),
    KnowledgeFile(
        "core",
        (
            Section("engagement_cue", "engagement_cue", specs.ENGAGEMENT_CUE, many=False),
            Section("weekly_target", "weekly_target", specs.WEEKLY_TARGET, many=False),
            Section("ten_percent_rule", "ten_percent_rule", specs.TEN_PERCENT_RULE, many=False),
            Section("benefit", "benefits", specs.BENEFIT),
            Section("fact", "facts", specs.CORE_FACT),
        ),
        bundle=("core", CoreGuide),
    ),
)

FILES = tuple(file.stem for file in KNOWLEDGE_FILES)
"""The knowledge files, in the order they are read."""


def load_knowledge(root: Path | None = None) -> Knowledge:
    """Read and validate every knowledge file in ``root`` (default: the shipped folder)."""
    folder = Path(root) if root is not None else resource_path("knowledge")
    fields: dict[str, Any] = {}
    known: dict[str, frozenset[str]] = {"view": frozenset(specs.VIEWS)}
    for file in KNOWLEDGE_FILES:
        read = _read_file(folder, file, known)
        made = {section.field: read[section.name] for section in file.sections}
        if file.bundle is None:
            fields.update(made)
        else:
            name, build = file.bundle
            fields[name] = build(**made)
    return Knowledge(**fields)


@cache
def get_knowledge() -> Knowledge:
    """The shipped knowledge base, loaded once per run."""
    return load_knowledge()


def _open(folder: Path, stem: str) -> Fields:
    path = folder / f"{stem}.toml"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(f"{path.name}: knowledge file missing from {folder}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path.name}: cannot be read ({exc})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError(f"{path.name}: not valid TOML ({exc})") from None
    return Fields(data, path.name)


def _read_file(
    folder: Path, file: KnowledgeFile, known: dict[str, frozenset[str]]
) -> dict[str, Any]:
    f = _open(folder, file.stem)
    read: dict[str, Any] = {}
    for section in file.sections:
        if not section.many:
            read[section.name] = read_item(section.spec, f.table(section.name), known)
            continue
        items = tuple(read_item(section.spec, t, known) for t in f.tables(section.name))
        unique(items, f.where, section.what or section.name, section.key)
        read[section.name] = items
        if section.pool is not None:
            known[section.pool] = frozenset(getattr(item, section.key) for item in items)
    f.finish()
    for check in file.checks:
        check(f, read)
    if file.pools is not None:
        known.update(file.pools(read))
    return read

