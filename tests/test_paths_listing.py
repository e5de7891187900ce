"""The articles a desk lists, shown as display_path shows each, resolving only links."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsuite.articles import article_files
from factsuite.paths import display_path, display_paths


def _desk(tmp_path: Path, *, linked_folder: bool) -> tuple[Path, Path]:
    """A desk whose articles are in content/ (the articles folder, or what it links to),
    one in a sub-folder, and one a symlink to another."""
    root = tmp_path / "desk"
    content = root / ("content" if linked_folder else "articles")
    (content / "sub").mkdir(parents=True)
    for name in ("a.md", "sub/b.md"):
        (content / name).write_text("---\ntitle: T\n---\nText.\n", encoding="utf-8")
    (content / "c.md").symlink_to(content / "sub" / "b.md")
    if linked_folder:
        (root / "articles").symlink_to(content)
    return root, root / "articles"


@pytest.mark.parametrize("linked_folder", [False, True])
def test_listed_articles_are_shown_as_display_path_shows_each(
    tmp_path: Path, linked_folder: bool
) -> None:
    root, folder = _desk(tmp_path, linked_folder=linked_folder)
    files = article_files(folder, root)
    shown = display_paths(folder, files, root)
    assert shown == [display_path(path, root) for path in files]
    inside = "content" if linked_folder else "articles"
    assert shown == [f"{inside}/a.md", f"{inside}/sub/b.md", f"{inside}/sub/b.md"]


def test_only_the_folder_and_linked_files_are_resolved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, folder = _desk(tmp_path, linked_folder=False)
    for index in range(20):
        (folder / f"more{index}.md").write_text("---\ntitle: T\n---\nText.\n", encoding="utf-8")
    files = article_files(folder, root)
    resolved: list[Path] = []
    resolve = Path.resolve

    def counted(self: Path, strict: bool = False) -> Path:
        resolved.append(self)
        return resolve(self, strict)

    monkeypatch.setattr(Path, "resolve", counted)
    display_paths(folder, files, root)
    assert len(files) == 23
    assert len(resolved) <= 4  # the folder, the desk, and the linked file (with the desk)
