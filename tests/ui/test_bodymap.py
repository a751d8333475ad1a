"""The body map: CoreLog's own drawings, every region clickable, and keyboard friendly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtSvg import QSvgRenderer

from corelog.knowledge import get_knowledge
from corelog.resources import resource_path
from corelog.services.recovery import region_names
from corelog.ui.recovery.body_map import BodyMap
from corelog.ui.recovery.svg_shapes import (
    DrawingError,
    body_map_drawings,
    parse_path_data,
    read_drawing,
)

REGIONS = frozenset(region_names())


@pytest.fixture
def body_map(qtbot) -> BodyMap:
    widget = BodyMap(region_names())
    qtbot.addWidget(widget)
    widget.resize(420, 460)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_each_region_is_drawn_on_the_views_the_knowledge_names() -> None:
    drawings = {d.view: d for d in body_map_drawings(REGIONS)}
    for region in get_knowledge().regions:
        for view in ("front", "back"):
            drawn = region.key in drawings[view].regions()
            assert drawn == (view in region.view), (region.key, view)


@pytest.mark.parametrize("view", ["front", "back"])
def test_the_drawings_are_plain_svg_with_one_path_per_region(view: str) -> None:
    renderer = QSvgRenderer(str(resource_path("bodymap", f"{view}.svg")))
    assert renderer.isValid()
    drawing = {d.view: d for d in body_map_drawings(REGIONS)}[view]
    for region in drawing.regions():
        assert renderer.elementExists(region)
        ours = drawing.shape(region).path.boundingRect()
        theirs = renderer.boundsOnElement(region)
        assert abs(ours.center().x() - theirs.center().x()) < 1
        assert abs(ours.center().y() - theirs.center().y()) < 1


def test_region_shapes_do_not_overlap() -> None:
    for drawing in body_map_drawings(REGIONS):
        shapes = [s for s in drawing.shapes]
        for i, first in enumerate(shapes):
            for second in shapes[i + 1 :]:
                overlap = first.path.intersected(second.path).boundingRect()
                assert overlap.width() * overlap.height() < 1, (
                    drawing.view, first.element_id, second.element_id
                )


def test_path_data_reader_understands_relative_and_shorthand_commands() -> None:
    path = parse_path_data("M10,10 h20 v20 H10 Z m40,0 l10,0 0,10 z")
    assert path.contains(QPointF(20, 20))
    assert path.contains(QPointF(53, 12)) is False or path.boundingRect().right() == 60
    curvy = parse_path_data("M0,0 C0,10 10,10 10,0 S20,-10 20,0 Q25,10 30,0 T40,0 Z")
    assert curvy.boundingRect().right() == pytest.approx(40)


def test_path_data_with_arcs_is_refused() -> None:
    with pytest.raises(DrawingError, match="commands CoreLog does not read"):
        parse_path_data("M0,0 A5,5 0 0 1 10,10 Z")


def test_a_drawing_naming_an_unknown_region_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "front.svg"
    bad.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<path id="elbow" d="M0,0 L5,0 L5,5 Z"/></svg>'
    )
    with pytest.raises(DrawingError, match="'elbow' is not a body region"):
        read_drawing(bad, "front", REGIONS)
    bad.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<circle id="calves" r="3"/></svg>'
    )
    with pytest.raises(DrawingError, match="not a <path>"):
        read_drawing(bad, "front", REGIONS)


def test_clicking_each_region_picks_it(qtbot, body_map: BodyMap) -> None:
    for region in body_map.regions():
        with qtbot.waitSignal(body_map.sig_region_chosen) as chosen:
            qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton,
                             pos=body_map.region_point(region))
        assert chosen.args == [region]
        assert body_map.selected_region() == region


def test_clicking_the_head_picks_nothing(qtbot, body_map: BodyMap) -> None:
    front = body_map_drawings(REGIONS)[0]
    head = next(s for s in front.shapes if s.element_id == "body-head")
    transform = body_map._transforms()[0]
    point = transform.map(head.path.boundingRect().center()).toPoint()
    with qtbot.assertNotEmitted(body_map.sig_region_chosen):
        qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=point)
    assert body_map.selected_region() is None


def test_the_front_shows_the_persons_left_on_the_right(body_map: BodyMap) -> None:
    left = body_map.region_point("obliques_left")
    right = body_map.region_point("obliques_right")
    assert left.x() > right.x()


def test_hovering_highlights_the_region(qtbot, body_map: BodyMap) -> None:
    qtbot.mouseMove(body_map, body_map.region_point("calves"))
    qtbot.waitUntil(lambda: body_map.hovered_region() == "calves")


def test_arrow_keys_step_through_the_regions_in_list_order(qtbot, body_map: BodyMap) -> None:
    order = body_map.regions()
    assert order == list(region_names())
    body_map.setFocus()
    qtbot.keyClick(body_map, Qt.Key.Key_Down)
    assert body_map.selected_region() == order[0]
    qtbot.keyClick(body_map, Qt.Key.Key_Right)
    assert body_map.selected_region() == order[1]
    qtbot.keyClick(body_map, Qt.Key.Key_Up)
    qtbot.keyClick(body_map, Qt.Key.Key_Left)
    assert body_map.selected_region() == order[-1]
    qtbot.keyClick(body_map, Qt.Key.Key_Home)
    assert body_map.selected_region() == order[0]
    with qtbot.waitSignal(body_map.sig_region_chosen) as chosen:
        qtbot.keyClick(body_map, Qt.Key.Key_End)
    assert chosen.args == [order[-1]]


def test_setting_the_region_does_not_announce_it(qtbot, body_map: BodyMap) -> None:
    with qtbot.assertNotEmitted(body_map.sig_region_chosen):
        body_map.set_region("glutes")
    assert body_map.selected_region() == "glutes"
    assert "Glutes" in body_map.accessibleDescription()
    with pytest.raises(KeyError):
        body_map.set_region("elbow")


def test_marked_regions_are_only_known_ones(body_map: BodyMap) -> None:
    body_map.set_marked(["calves", "elbow"])
    assert body_map.marked_regions() == {"calves"}
