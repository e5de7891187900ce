"""A desk says it is one, and its settings: the ``[tool.factsuite]`` table."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite import settings
from factsuite.errors import InputError
from factsuite.settings import Author, ClaimReview, Settings, is_desk, key_line, load_settings


def write(root: Path, text: str) -> Path:
    (root / "pyproject.toml").write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


def error_of(root: Path) -> str:
    with pytest.raises(InputError) as caught:
        load_settings(root)
    return str(caught.value)


# Detection ---------------------------------------------------------------------------


def test_a_table_makes_a_desk(tmp_path: Path) -> None:
    write(tmp_path, "[project]\nname = 'paper'\n\n[tool.factsuite]\n")
    assert is_desk(tmp_path)


def test_a_facts_folder_alone_does_not(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    write(tmp_path, "[project]\nname = 'factsuite-fan'  # mentions factsuite, has no table\n")
    assert not is_desk(tmp_path)


def test_a_legacy_desk_has_claims_beside_facts(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "claims.yaml").write_text("version: 1\nclaims: []\n", encoding="utf-8")
    assert is_desk(tmp_path)
    (tmp_path / "facts").rmdir()
    assert not is_desk(tmp_path)  # claims.yaml alone is somebody else's file


@pytest.mark.parametrize(
    "text",
    [
        "[tool.factsuite]\nstrict = true\n",
        "[tool.factsuite.claimreview]\n",  # a sub-table makes the table too
        "[tool]\nfactsuite = {}\n",
        "tool.factsuite.strict = true\n",
    ],
)
def test_every_way_toml_writes_the_table(tmp_path: Path, text: str) -> None:
    assert is_desk(write(tmp_path, text))


def test_an_unreadable_pyproject_with_the_table_is_a_desk(tmp_path: Path) -> None:
    # Found, so that loading it reports the syntax error rather than ignoring the desk.
    write(tmp_path, "[tool.factsuite]\nstrict = \n")
    assert is_desk(tmp_path)
    assert error_of(tmp_path) == "pyproject.toml:2:10: invalid TOML: Invalid value"


def test_find_desk_walks_up(tmp_path: Path) -> None:
    write(tmp_path, "[tool.factsuite]\n")
    (tmp_path / "articles" / "2026").mkdir(parents=True)
    assert settings.find_desk(tmp_path / "articles" / "2026") == tmp_path.resolve()


# Settings ----------------------------------------------------------------------------


def test_no_pyproject_or_no_table_gives_the_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == Settings()
    write(tmp_path, "[project]\nname = 'factsuite-desk'\n")
    assert load_settings(tmp_path) == Settings()


def test_the_defaults_are_lenient() -> None:
    assert Settings() == Settings(strict=False, kinds=(), claimreview=ClaimReview(author=None))


def test_every_setting_is_read(tmp_path: Path) -> None:
    write(
        tmp_path,
        """
        [tool.factsuite]
        strict = true
        kinds = ["courier.kinds:Currency", "courier.kinds:Speed"]

        [tool.factsuite.claimreview]
        author = {name = "The Riverside Courier", url = "https://courier.example"}
        """,
    )
    assert load_settings(tmp_path) == Settings(
        strict=True,
        kinds=("courier.kinds:Currency", "courier.kinds:Speed"),
        claimreview=ClaimReview(Author("The Riverside Courier", "https://courier.example")),
    )


def test_settings_are_frozen(tmp_path: Path) -> None:
    loaded = load_settings(write(tmp_path, "[tool.factsuite]\nstrict = true\n"))
    with pytest.raises(AttributeError):
        loaded.strict = False  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[project]\nname = 'x'\n\n[tool.factsuite]\nstrikt = true\n",
            "pyproject.toml:5: [tool.factsuite] strikt: unknown key"
            " (known: strict, kinds, claimreview)",
        ),
        (
            "[tool.factsuite]\nkinds = []\nstrict = 'yes'\n",
            "pyproject.toml:3: [tool.factsuite] strict: expected bool, got str",
        ),
        (
            '[tool.factsuite]\nkinds = "courier.kinds:Currency"\n',
            "pyproject.toml:2: [tool.factsuite] kinds: expected array, got str",
        ),
        (
            "[tool.factsuite]\nkinds = [\n  'a',\n  3,\n]\n",
            "pyproject.toml:2: [tool.factsuite] kinds: expected str, got int",
        ),
        (
            "[tool.factsuite]\nstrict = true\nclaimreview = {author = {url = 'u'}}\n",
            "pyproject.toml:3: [tool.factsuite] claimreview.author:"
            " table missing required field name",
        ),
        (
            "[tool.factsuite]\n\n[tool.factsuite.claimreview.author]\nname = 'C'\nmail = 'c@x'\n",
            "pyproject.toml:5: [tool.factsuite] claimreview.author.mail: unknown key"
            " (known: name, url)",
        ),
        (
            "[tool.factsuite.claimreview]\nauthor = 'The Courier'\n",
            "pyproject.toml:2: [tool.factsuite] claimreview.author: expected table, got str",
        ),
        (
            "[tool]\nfactsuite = 3\n",
            "pyproject.toml:2: [tool.factsuite] must be a table",
        ),
    ],
)
def test_a_bad_setting_is_one_line_with_its_place(tmp_path: Path, text: str, message: str) -> None:
    assert error_of(write(tmp_path, text)) == message


@given(
    before=st.lists(st.sampled_from(["[project]", "name = 'x'", "", "# strict = 1"]), max_size=6),
    settled=st.lists(st.sampled_from(["kinds = []", "# strict = 1", "claimreview = {}"])),
    after=st.lists(st.sampled_from(["[tool.ruff]", "strict = 1", "line-length = 100"]), max_size=4),
)
def test_a_bad_key_is_found_on_its_own_line(
    before: list[str], settled: list[str], after: list[str]
) -> None:
    """Wherever the table stands and whatever surrounds it, even keys of the same
    name in other tables, the line named is the bad key's."""
    lines = [*before, "[tool.factsuite]", *settled, "strict = 'yes'", "", *after]
    assert key_line("\n".join(lines), ("strict",)) == len(before) + len(settled) + 2
