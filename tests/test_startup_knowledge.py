"""CoreLog refuses to start on broken knowledge data rather than show broken advice."""

from corelog.app import main


def test_broken_knowledge_data_stops_corelog_with_a_clear_message(
    tmp_path, capsys, monkeypatch, qapp
):
    import shutil

    from PySide6.QtWidgets import QMessageBox

    import corelog.knowledge.loader as loader
    from corelog.resources import resource_path

    broken = tmp_path / "knowledge"
    shutil.copytree(resource_path("knowledge"), broken)
    exercises = broken / "exercises.toml"
    exercises.write_text(
        exercises.read_text(encoding="utf-8").replace('"002"', '"009"', 1), encoding="utf-8"
    )
    monkeypatch.setattr(loader, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    loader.get_knowledge.cache_clear()
    shown = {}
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text: shown.update(text=text)
    )
    try:
        assert main(["--db", str(tmp_path / "corelog.db")]) == 1
    finally:
        loader.get_knowledge.cache_clear()
    message = capsys.readouterr().err
    assert "knowledge is damaged" in message and "009" in message
    assert "009" in shown["text"]
