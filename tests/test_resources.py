from pathlib import Path

from corelog.resources import resource_path, resources_root


def test_resources_found_in_checkout():
    root = resources_root()
    assert (root / "knowledge").is_dir()
    assert resource_path("knowledge", "README.md").is_file()


def test_resource_path_joins_parts():
    assert resource_path("a", "b") == Path(resources_root(), "a", "b")
