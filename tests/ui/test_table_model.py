from dataclasses import dataclass

from PySide6.QtCore import Qt

from corelog.ui.table_model import Column, RecordTableModel


@dataclass(frozen=True)
class Item:
    name: str
    size: int


def make_model():
    model = RecordTableModel(
        [
            Column("Name", lambda r: r.name),
            Column("Size", lambda r: f"{r.size} m", sort_key=lambda r: r.size, align_right=True),
        ]
    )
    model.set_rows([Item("b", 10), Item("a", 9), Item("c", 100)])
    return model


def test_model_obeys_qt_rules(qtmodeltester):
    qtmodeltester.check(make_model())


def test_cells_headers_and_records():
    model = make_model()
    assert model.rowCount() == 3 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Size"
    assert model.index(2, 1).data() == "100 m"
    assert model.index(0, 0).data(RecordTableModel.RecordRole) == Item("b", 10)


def test_sort_uses_the_sort_key_not_the_text():
    model = make_model()
    model.sort(1, Qt.SortOrder.AscendingOrder)
    # As text "100 m" < "10 m" < "9 m"; by size it is 9, 10, 100.
    assert [model.record(i).size for i in range(3)] == [9, 10, 100]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.record(i).name for i in range(3)] == ["c", "b", "a"]
