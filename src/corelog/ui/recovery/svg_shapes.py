"""The body map's shapes, read from CoreLog's own SVG drawings into QPainterPaths.

The drawings in ``resources/bodymap`` (``front.svg``, ``back.svg``) hold one ``<path>``
per soreness region, whose ``id`` is the region key; paths whose id starts with
``body-`` are the rest of the figure. Reading the path data into QPainterPaths lets the
body map hit-test clicks exactly; :meth:`Drawing.styled` gives the drawing back with
each path's colours set, for QtSvg to paint in the current theme.

Only what the drawings use is understood: ``<path>`` data with the commands M, L, H, V,
C, S, Q, T and Z (absolute and relative). Anything else is refused loudly, so a drawing
that would silently lose a region cannot ship.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from corelog.resources import resource_path

SVG_URI = "http://www.w3.org/2000/svg"
SVG_NS = "{" + SVG_URI + "}"
ET.register_namespace("", SVG_URI)
VIEWS = ("front", "back")
DECORATION_PREFIX = "body-"

_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZz]|[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0}


class DrawingError(ValueError):
    """A body map drawing CoreLog cannot read; the message names the file and the problem."""


@dataclass(frozen=True)
class Shape:
    """One path of a drawing: a region (``region`` is its key) or part of the figure."""

    element_id: str
    region: str | None
    path: QPainterPath


@dataclass(frozen=True)
class Style:
    """How one path is painted: fill and outline colours (``#rrggbb``), outline width."""

    fill: str
    stroke: str
    width: float = 1.0


@dataclass(frozen=True)
class Drawing:
    """One view of the body map in its own coordinates (``bounds`` is the viewBox)."""

    view: str
    bounds: QRectF
    shapes: tuple[Shape, ...]
    root: ET.Element = field(repr=False, compare=False)

    def styled(self, style: Callable[[Shape], Style]) -> bytes:
        """The drawing as SVG with every path painted as ``style`` says."""
        root = copy.deepcopy(self.root)
        by_id = {shape.element_id: shape for shape in self.shapes}
        for element in root.iter(f"{SVG_NS}path"):
            chosen = style(by_id[element.get("id", "")])
            element.set("fill", chosen.fill)
            element.set("stroke", chosen.stroke)
            element.set("stroke-width", f"{chosen.width:g}")
        return ET.tostring(root, encoding="utf-8")

    def regions(self) -> tuple[str, ...]:
        return tuple(s.region for s in self.shapes if s.region is not None)

    def shape(self, region: str) -> Shape | None:
        return next((s for s in self.shapes if s.region == region), None)

    def region_at(self, point: QPointF) -> str | None:
        """The region under ``point`` (drawing coordinates), topmost first."""
        for shape in reversed(self.shapes):
            if shape.region is not None and shape.path.contains(point):
                return shape.region
        return None


def parse_path_data(data: str, where: str = "path") -> QPainterPath:
    """SVG path data (M L H V C S Q T Z, absolute or relative) as a QPainterPath."""
    tokens = _tokens(data, where)
    path = QPainterPath()
    x = y = 0.0
    start = QPointF(0, 0)
    last_control: QPointF | None = None
    last_command = ""
    command = ""
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command = token
            i += 1
            if command in "Zz":
                path.closeSubpath()
                x, y = start.x(), start.y()
                last_control, last_command = None, "Z"
                continue
        elif not command or command in "Zz":
            raise DrawingError(f"{where}: a number without a command in the path data")
        count = _ARGS[command.upper()]
        upper, points = _absolute_points(command, tokens[i : i + count], x, y, where)
        i += count
        last_control = _add_segment(path, upper, points, QPointF(x, y), last_control, last_command)
        if upper == "M":
            start = points[0]
            command = "l" if command == "m" else "L"  # further pairs are lines
        end = points[-1]
        x, y = end.x(), end.y()
        last_command = upper
    return path


def _tokens(data: str, where: str) -> list[str]:
    """The path data's commands and numbers; anything else in it is refused."""
    tokens: list[str] = _TOKEN.findall(data)
    if "".join(tokens).replace(" ", "") != re.sub(r"[\s,]+", "", data):
        raise DrawingError(f"{where}: path data has commands CoreLog does not read: {data[:40]!r}")
    return tokens


def _absolute_points(
    command: str, values: list[str], x: float, y: float, where: str
) -> tuple[str, list[QPointF]]:
    """One command's numbers as absolute points from the current point (``x``, ``y``),
    with the command in capitals; H and V become L."""
    upper = command.upper()
    count = _ARGS[upper]
    if len(values) < count or any(v.isalpha() for v in values):
        raise DrawingError(f"{where}: '{command}' needs {count} numbers")
    numbers = [float(v) for v in values]
    relative = command.islower()
    if upper == "H":
        numbers = [numbers[0] + (x if relative else 0), y]
        relative, upper = False, "L"
    elif upper == "V":
        numbers = [x, numbers[0] + (y if relative else 0)]
        relative, upper = False, "L"
    if relative:
        numbers = [n + (x if k % 2 == 0 else y) for k, n in enumerate(numbers)]
    return upper, [QPointF(numbers[k], numbers[k + 1]) for k in range(0, len(numbers), 2)]


def _add_segment(
    path: QPainterPath,
    upper: str,
    points: list[QPointF],
    current: QPointF,
    last_control: QPointF | None,
    last_command: str,
) -> QPointF | None:
    """Add one M, L, C, S, Q or T segment to ``path``; the control point an S or T after
    it reflects (None after M and L)."""
    x, y = current.x(), current.y()
    if upper == "M":
        path.moveTo(points[0])
        return None
    if upper == "L":
        path.lineTo(points[0])
        return None
    if upper == "C":
        path.cubicTo(points[0], points[1], points[2])
        return points[1]
    if upper == "S":
        first = _reflect(last_control, x, y) if last_command in "CS" else QPointF(x, y)
        path.cubicTo(first, points[0], points[1])
        return points[0]
    if upper == "Q":
        path.quadTo(points[0], points[1])
        return points[0]
    control = _reflect(last_control, x, y) if last_command in "QT" else QPointF(x, y)  # T
    path.quadTo(control, points[0])
    return control


def _reflect(control: QPointF | None, x: float, y: float) -> QPointF:
    if control is None:
        return QPointF(x, y)
    return QPointF(2 * x - control.x(), 2 * y - control.y())


def read_drawing(file: Path, view: str, regions: frozenset[str]) -> Drawing:
    """Read one body map drawing; ``regions`` are the region keys it may contain."""
    try:
        root = ET.parse(file).getroot()
    except (OSError, ET.ParseError) as error:
        raise DrawingError(f"{file.name}: cannot be read ({error})") from error
    box = [float(v) for v in root.get("viewBox", "").replace(",", " ").split()]
    if len(box) != 4 or box[2] <= 0 or box[3] <= 0:
        raise DrawingError(f"{file.name}: needs a viewBox with a width and height")
    shapes = []
    for element in root.iter():
        tag = element.tag.removeprefix(SVG_NS)
        if tag in ("svg", "title", "desc"):
            continue
        element_id = element.get("id", "")
        if tag != "path":
            raise DrawingError(f"{file.name}: <{tag} id={element_id!r}> is not a <path>")
        if element_id.startswith(DECORATION_PREFIX):
            region = None
        elif element_id in regions:
            region = element_id
        else:
            raise DrawingError(f"{file.name}: path id {element_id!r} is not a body region")
        where = f"{file.name}, {element_id}"
        shapes.append(Shape(element_id, region, parse_path_data(element.get("d", ""), where)))
    found = [s.region for s in shapes if s.region is not None]
    if len(found) != len(set(found)):
        raise DrawingError(f"{file.name}: a region is drawn by more than one path")
    return Drawing(view, QRectF(*box), tuple(shapes), root)


@cache
def _drawings(regions: frozenset[str]) -> tuple[Drawing, ...]:
    return tuple(
        read_drawing(resource_path("bodymap", f"{view}.svg"), view, regions) for view in VIEWS
    )


def body_map_drawings(regions: frozenset[str]) -> tuple[Drawing, ...]:
    """The front and back drawings, read once."""
    return _drawings(regions)
