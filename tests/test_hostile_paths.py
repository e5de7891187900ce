"""Hostile input (issue 15): nothing outside the desk is read, and never a traceback.

Each test names one class of input a tester tried, and asserts the exact outcome: the
one line on stderr, the exit status, and that the text of a file outside the desk
appears nowhere in what factsuite prints or writes.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite.claims import MAX_POSITION, parse_claims
from factsuite.desk import Desk
from factsuite.errors import InputError
from factsuite.textfile import read_text
from tests.conftest import ARTICLE, FACTS, REPO
from tests.conftest import run_cli as run

# An article outside the desk that extraction would happily read claims from.
SECRET = "SECRET-4417"
OUTSIDE_ARTICLE = ARTICLE.replace("the parade next week", f"the parade, code {SECRET}")
OUTSIDE_FACTS = f"secret.fact:\n  type: count\n  label: {SECRET}\n  value: 3\n  sources: [x]\n"

# One claim naming ``{article}``; the value stands at line 3, column 14.
CLAIM = """\
version: 1
claims:
  - article: {article}
    line: 5
    column: 21
    quote: Kim Jong Un
    kind: name
    fact: kim-jong-un
    status: confirmed
"""

CHECK = "def test_claim(claim, check_claim):\n    check_claim(claim)\n"

EVERY_COMMAND = [
    ["check"],
    ["check", "--format", "json"],
    ["check", "--format", "github"],
    ["check", "--format", "sarif"],
    ["extract"],
    ["extract", "--check"],
]


@pytest.fixture
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder beside the desk holding an article and a fact file nobody may read."""
    folder = tmp_path_factory.mktemp("outside")
    (folder / "secret.md").write_text(OUTSIDE_ARTICLE, encoding="utf-8")
    (folder / "secret.yaml").write_text(OUTSIDE_FACTS, encoding="utf-8")
    return folder


@pytest.fixture
def desk(make_desk: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_desk()
    monkeypatch.chdir(root)
    return root


def refused_everywhere(capsys: pytest.CaptureFixture[str], line: str) -> None:
    """Every command fails with exactly ``line`` on stderr, prints nothing else, and
    writes no claims.yaml holding the secret."""
    for command in EVERY_COMMAND:
        status, out, err = run(
            capsys, *command, "--no-progress" if command[0] == "extract" else "-v"
        )
        assert (status, out, err) == (2, "", line + "\n"), command
    claims = Path("claims.yaml")
    if claims.exists() and not claims.is_symlink():  # a symlink out was left as it was
        assert SECRET not in claims.read_text(encoding="utf-8")


# Paths in claims.yaml -------------------------------------------------------------------


@pytest.mark.parametrize(
    "article",
    ["{relative}", "{absolute}", "articles/../{relative}", "/etc/passwd", "../../../../etc/passwd"],
)
def test_a_claimed_article_outside_the_desk_is_refused(
    make_desk: Callable[..., Path],
    outside: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    article: str,
) -> None:
    root = make_desk()
    article = article.format(
        relative=os.path.relpath(outside / "secret.md", root), absolute=outside / "secret.md"
    )
    (root / "claims.yaml").write_text(CLAIM.format(article=article), encoding="utf-8")
    monkeypatch.chdir(root)
    refused_everywhere(capsys, f"claims.yaml:3:14: article {article!r} lies outside the desk")


def test_a_claimed_article_that_is_a_symlink_out_is_refused(
    desk: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "articles" / "leak.md").symlink_to(outside / "secret.md")
    (desk / "claims.yaml").write_text(CLAIM.format(article="articles/leak.md"), encoding="utf-8")
    refused_everywhere(capsys, "claims.yaml:3:14: article 'articles/leak.md' lies outside the desk")


def test_an_article_symlinked_out_after_the_claims_were_cached_is_refused(
    desk: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # claims.yaml is unchanged, so its parse comes from the cache: the check at
    # reading must still catch the article that now points out of the desk.
    (desk / "claims.yaml").write_text(CLAIM.format(article="articles/a.md"), encoding="utf-8")
    assert run(capsys, "check", "articles/a.md")[0] == 0
    (desk / "articles" / "a.md").unlink()
    (desk / "articles" / "a.md").symlink_to(outside / "secret.md")
    Desk.load(desk)  # from the cache, without complaint
    status, out, err = run(capsys, "check", "claims.yaml")
    assert (status, out) == (2, "")
    assert err == "articles/a.md: lies outside the desk (claims.yaml line 3)\n"


def test_a_nul_byte_in_a_claimed_article_is_an_input_error(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "claims.yaml").write_text(
        CLAIM.format(article=json.dumps("articles/a\0.md")), encoding="utf-8"
    )
    refused_everywhere(capsys, "claims.yaml:3:14: article 'articles/a\\x00.md' contains a NUL byte")


@pytest.mark.parametrize("name", ["a\nb.md", "a\rb.md", "a\u2028b.md", "a\x1b[31mb.md"])
def test_a_control_character_in_a_claimed_article_stays_on_one_line(
    desk: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    # A newline in a path would split the error into two lines (and could forge a
    # second, fake one in a CI log); an escape sequence could recolour the terminal.
    article = json.dumps(f"articles/{name}")
    (desk / "claims.yaml").write_text(CLAIM.format(article=article), encoding="utf-8")
    shown = repr(f"articles/{name}")[1:-1]
    assert run(capsys, "check") == (
        2,
        "",
        f"{shown}: article not found (named in claims.yaml): restore it, or run"
        " `factsuite extract --prune` to drop its reviewed claims (claims.yaml line 3)\n",
    )


def test_a_symlink_loop_is_an_input_error(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "articles" / "loop.md").symlink_to(desk / "articles" / "loop.md")
    (desk / "claims.yaml").write_text(CLAIM.format(article="articles/loop.md"), encoding="utf-8")
    status, out, err = run(capsys, "check")
    assert (status, out) == (2, "")
    assert err.startswith("claims.yaml:3:14: article 'articles/loop.md' cannot be resolved: ")
    assert err.count("\n") == 1


def test_a_claims_file_symlinked_out_is_refused(
    desk: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A YAML error in the file outside would print a piece of it.
    (desk / "claims.yaml").symlink_to(outside / "secret.yaml")
    refused_everywhere(capsys, "claims.yaml: lies outside the desk")


def test_a_path_too_long_for_the_system_is_one_line(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = f"articles/{'a' * 5000}.md"
    (desk / "claims.yaml").write_text(CLAIM.format(article=article), encoding="utf-8")
    status, out, err = run(capsys, "check")
    assert (status, out) == (2, "")
    assert err == f"{desk / article}: File name too long\n"


def test_a_cache_folder_symlinked_out_is_not_used(
    desk: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A pull request can commit .factsuite_cache as a symlink: nothing is written
    # there nor read from there, and checking works as without a cache.
    (desk / ".factsuite_cache").symlink_to(outside, target_is_directory=True)
    before = sorted(outside.iterdir())
    assert run(capsys, "check") == (0, "4 claims: 4 needs-review, 4 unreviewed\n", "")
    assert sorted(outside.iterdir()) == before


# Files found under articles/ and facts/ ---------------------------------------------------


def test_an_article_file_symlinked_out_is_refused_when_articles_are_listed(
    desk: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "articles" / "leak.md").symlink_to(outside / "secret.md")
    refused_everywhere(capsys, "articles/leak.md: lies outside the desk")


def test_an_articles_folder_symlinked_out_is_refused(
    desk: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "articles" / "a.md").unlink()
    (desk / "articles").rmdir()
    (desk / "articles").symlink_to(outside, target_is_directory=True)
    refused_everywhere(capsys, "articles: lies outside the desk")


def test_a_sub_folder_of_articles_symlinked_out_is_refused(
    desk: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "articles" / "more").symlink_to(outside, target_is_directory=True)
    refused_everywhere(capsys, "articles/more: lies outside the desk")
    status, out, err = run(capsys, "check", "articles/more")
    assert (status, out, err) == (2, "", "articles/more: lies outside the desk\n")


def test_a_file_name_that_is_not_utf8_is_an_input_error(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # claims.yaml and every report are UTF-8 text: such a name cannot be written in them.
    (desk / "articles" / os.fsdecode(b"\xff.md")).write_text(ARTICLE, encoding="utf-8")
    refused_everywhere(capsys, "articles/\\xff.md: is not named in UTF-8: rename it")


def test_a_fact_file_symlinked_out_is_refused(
    desk: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "facts" / "leak.yaml").symlink_to(outside / "secret.yaml")
    refused_everywhere(capsys, "facts/leak.yaml: lies outside the desk")


def test_a_sub_folder_of_facts_symlinked_out_is_refused(
    desk: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "facts" / "more").symlink_to(outside, target_is_directory=True)
    refused_everywhere(capsys, "facts/more: lies outside the desk")


def test_a_facts_folder_symlinked_out_is_refused(
    desk: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "facts" / "base.yaml").unlink()
    (desk / "facts").rmdir()
    (desk / "facts").symlink_to(outside, target_is_directory=True)
    refused_everywhere(capsys, "facts: lies outside the desk")


# Paths on the command line --------------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "extract"])
@pytest.mark.parametrize(
    "given", ["../{name}/secret.md", "{folder}/secret.md", "{folder}/missing.md", "/etc/passwd"]
)
def test_a_command_line_path_outside_the_desk_is_refused(
    desk: Path, outside: Path, capsys: pytest.CaptureFixture[str], command: str, given: str
) -> None:
    # Refused before it is looked at: a missing file outside says the same, so the
    # command tells nothing of what exists out there.
    (desk.parent / outside.name).mkdir(exist_ok=True)
    (desk.parent / outside.name / "secret.md").write_text(OUTSIDE_ARTICLE, encoding="utf-8")
    path = given.format(name=outside.name, folder=outside)
    status, out, err = run(capsys, command, path)
    assert (status, out, err) == (2, "", f"{path}: lies outside the desk\n")


def test_a_nul_byte_in_a_command_line_path_is_an_input_error(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "check", "articles/a\0.md") == (
        2,
        "",
        "articles/a\\x00.md: contains a NUL byte\n",
    )


# Output paths -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("output", "message"),
    [
        (".", ".: is a folder: name a file to write the report to"),
        ("articles", "articles: is a folder: name a file to write the report to"),
        (
            "facts/base.yaml/report.json",
            "facts/base.yaml/report.json: cannot be written: {root}/facts/base.yaml is a file,"
            " not a folder",
        ),
        (
            "facts/base.yaml/deeper/report.json",
            "facts/base.yaml/deeper/report.json: cannot be written: {root}/facts/base.yaml is a"
            " file, not a folder",
        ),
    ],
)
def test_an_output_that_cannot_be_a_file_is_one_line(
    desk: Path, capsys: pytest.CaptureFixture[str], output: str, message: str
) -> None:
    status, out, err = run(capsys, "check", "--format", "json", "-o", output)
    assert (status, out, err) == (2, "", message.format(root=desk) + "\n")


def test_an_unwritable_output_is_one_line(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root may write anywhere, so the refusal is simulated where it is asked.
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    status, out, err = run(capsys, "check", "-o", "report.txt")
    assert (status, out) == (2, "")
    assert err == f"report.txt: cannot be written: no permission to write in {desk}\n"


def test_an_output_may_lie_outside_the_desk_and_its_folders_are_made(
    desk: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An output is the user's own choice on their own command line (paths.py).
    report = outside / "new" / "report.json"
    status, out, err = run(capsys, "check", "--format", "json", "-o", str(report))
    assert (status, err) == (0, "")
    assert out == "4 claims: 4 needs-review, 4 unreviewed\n"
    assert len(json.loads(report.read_text(encoding="utf-8"))["results"]) == 4


# File-system errors -------------------------------------------------------------------------


def test_a_read_only_claims_file_is_not_rewritten(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = desk / "claims.yaml"
    claims.write_text("version: 1\nclaims: []\n", encoding="utf-8")
    claims.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    status, out, err = run(capsys, "extract", "--no-progress")
    assert (status, out) == (2, "")
    assert err == "claims.yaml: is read-only: make it writable (chmod u+w) to update it\n"
    assert claims.read_text(encoding="utf-8") == "version: 1\nclaims: []\n"
    # --check writes nothing, so it needs no write permission
    assert run(capsys, "extract", "--check", "--no-progress")[0] == 1


def test_a_read_only_desk_is_one_line(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The atomic write makes its temporary file in the desk; root could, so the
    # refusal the operating system gives anyone else is simulated.
    def refuse(dir: str, prefix: str, suffix: str) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", str(Path(dir) / f"{prefix}x{suffix}"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    status, out, err = run(capsys, "extract", "--no-progress")
    assert (status, out) == (2, "")
    assert err == "claims.yaml: cannot be written: Permission denied\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only folder")
def test_a_read_only_desk_folder_is_one_line(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        status, out, err = run(capsys, "extract", "--no-progress")
    finally:
        desk.chmod(stat.S_IRWXU)
    assert (status, out) == (2, "")
    assert err.endswith(": Permission denied\n")
    assert err.count("\n") == 1


def test_any_os_error_is_one_line_naming_its_path(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(path: Path, text: str) -> None:
        raise IsADirectoryError(21, "Is a directory", str(path) + ".tmp", None, str(path))

    monkeypatch.setattr("factsuite.report.write_atomically", fail)
    status, out, err = run(capsys, "check", "-o", "report.json")
    assert (status, out) == (2, "")
    assert err == "report.json.tmp -> report.json: Is a directory\n"


def test_a_claims_file_that_is_a_folder_is_one_line(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "claims.yaml").mkdir()
    for command in (["check"], ["extract", "--no-progress"]):
        assert run(capsys, *command) == (2, "", "claims.yaml: is a directory, not a file\n")


# Absurd numbers in claims.yaml --------------------------------------------------------------


def test_a_huge_line_is_an_input_error_not_a_traceback(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 10**30 used to reach the cache, whose MessagePack integers stop at 2**64.
    text = CLAIM.format(article="articles/a.md").replace("line: 5", f"line: {10**30}")
    (desk / "claims.yaml").write_text(text, encoding="utf-8")
    message = (
        f"claims.yaml:4:11: 'line' of the claim at line 3 is too large (at most {MAX_POSITION})"
    )
    refused_everywhere(capsys, message)


def test_a_number_too_long_for_python_is_an_input_error(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = CLAIM.format(article="articles/a.md").replace("line: 5", f"line: {'9' * 5000}")
    (desk / "claims.yaml").write_text(text, encoding="utf-8")
    refused_everywhere(capsys, "claims.yaml:4:11: number too long to read")


@pytest.mark.parametrize("value", [f"1{'0' * 400}", f"-1{'0' * 400}", ".inf", "-.inf", ".nan"])
def test_a_fact_value_beyond_any_float_is_an_input_error(
    desk: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    # 1 followed by 400 zeros overflowed float() with a traceback; .inf and .nan
    # were accepted as a count, with which any stated number agrees or differs.
    extra = f"huge:\n  type: count\n  label: huge\n  value: {value}\n  sources: [x]\n"
    (desk / "facts" / "huge.yaml").write_text(extra, encoding="utf-8")
    refused_everywhere(
        capsys, "facts/huge.yaml:4:10: 'value' of fact 'huge' must be a finite number"
    )


@given(
    key=st.sampled_from(["line", "column"]),
    value=st.integers(max_value=0) | st.integers(min_value=MAX_POSITION + 1),
)
def test_a_position_out_of_range_is_located(key: str, value: int) -> None:
    text = CLAIM.format(article="articles/a.md").replace("    fact: kim-jong-un\n", "")
    text = text.replace(f"{key}: ", f"{key}: {value} #", 1)
    with pytest.raises(InputError) as caught:
        parse_claims(text, "claims.yaml", {}, REPO)
    where = {"line": (4, 11), "column": (5, 13)}[key]
    rule = (
        "must be a whole number from 1" if value < 1 else f"is too large (at most {MAX_POSITION})"
    )
    assert (caught.value.line, caught.value.column) == where
    assert caught.value.message == f"{key!r} of the claim at line 3 {rule}"


# Line endings ---------------------------------------------------------------------------------


# Lines are never empty: a lone CR ending an empty line before an LF one is a CRLF.
@given(
    st.lists(
        st.text(st.characters(codec="utf-8", exclude_characters="\r\n\0\ufeff"), min_size=1),
        min_size=1,
    ),
    st.data(),
)
def test_every_line_ending_reads_as_lf(lines: list[str], data: st.DataObject) -> None:
    endings = [data.draw(st.sampled_from(["\n", "\r\n", "\r"])) for _ in lines]
    stored = "".join(line + end for line, end in zip(lines, endings, strict=True))
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "x.yaml"
        file.write_bytes(stored.encode("utf-8"))
        assert read_text(file, "x.yaml") == "".join(line + "\n" for line in lines)


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_a_desk_stored_with_other_line_endings_reads_as_with_lf(
    make_desk: Callable[..., Path], ending: str
) -> None:
    claims = CLAIM.format(article="articles/a.md")
    lf = Desk.load(make_desk(claims=claims), use_cache=False)
    lf_result = lf.judge(lf.claims[0])
    for file in [lf.root / "claims.yaml", lf.root / "facts/base.yaml", lf.root / "articles/a.md"]:
        file.write_bytes(file.read_bytes().replace(b"\n", ending.encode()))
    other = Desk.load(lf.root, use_cache=False)
    assert other.claims == lf.claims
    assert other.facts.facts == lf.facts.facts
    assert other.article("articles/a.md").title == "Parade"
    assert other.judge(other.claims[0]) == lf_result


def test_extract_check_passes_on_an_up_to_date_crlf_claims_file_and_keeps_crlf(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "extract", "--no-progress")[0] == 0
    claims = desk / "claims.yaml"
    lf = claims.read_bytes()
    claims.write_bytes(lf.replace(b"\n", b"\r\n"))
    status, out, _ = run(capsys, "extract", "--check", "--no-progress")
    assert (status, out.split(" (")[0]) == (0, "claims.yaml is up to date")
    article = desk / "articles" / "a.md"
    article.write_text(ARTICLE + "Some 98% of trade is with China.\n", encoding="utf-8")
    assert run(capsys, "extract", "--no-progress")[0] == 0
    written = claims.read_bytes()
    assert written != lf.replace(b"\n", b"\r\n")  # it was rewritten
    assert written.count(b"\n") == written.count(b"\r\n")  # and every line is CRLF still


# The pytest face ---------------------------------------------------------------------------


@pytest.fixture
def gate(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makepyprojecttoml("[tool.factsuite]\n")  # a desk says it is one
    pytester.makefile(".yaml", **{"facts/base": FACTS})
    pytester.makefile(".md", **{"articles/a": ARTICLE})
    pytester.makefile(".py", **{"checks/test_claims": CHECK})
    return pytester


def usage_error(result: pytest.RunResult, line: str) -> None:
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert result.errlines == [f"ERROR: {line}", ""] or result.errlines == [f"ERROR: {line}"]
    assert SECRET not in result.stdout.str() + result.stderr.str()
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


def test_pytest_refuses_a_claimed_article_outside(gate: pytest.Pytester, outside: Path) -> None:
    absolute = outside / "secret.md"
    gate.makefile(".yaml", claims=CLAIM.format(article=absolute))
    result = gate.runpytest()
    usage_error(result, f"factsuite: claims.yaml:3:14: article '{absolute}' lies outside the desk")


@pytest.mark.parametrize("given", ["{folder}/secret.md", "../{name}/secret.md", "/etc/passwd"])
def test_pytest_refuses_a_factsuite_article_outside(
    gate: pytest.Pytester, outside: Path, given: str
) -> None:
    gate.makefile(".yaml", claims=CLAIM.format(article="articles/a.md"))
    (gate.path.parent / outside.name).mkdir(exist_ok=True)
    (gate.path.parent / outside.name / "secret.md").write_text(OUTSIDE_ARTICLE, encoding="utf-8")
    path = given.format(folder=outside, name=outside.name)
    # "=" keeps pytest from taking the value for a test path (and the rootdir from it)
    result = gate.runpytest(f"--factsuite-article={path}")
    usage_error(result, f"factsuite: {path}: lies outside the desk")


def test_pytest_reports_a_path_too_long_in_one_line(gate: pytest.Pytester) -> None:
    article = f"articles/{'a' * 5000}.md"
    gate.makefile(".yaml", claims=CLAIM.format(article=article))
    result = gate.runpytest()
    usage_error(result, f"factsuite: {gate.path / article}: File name too long")


def test_pytest_refuses_an_article_symlinked_out(gate: pytest.Pytester, outside: Path) -> None:
    (gate.path / "articles" / "leak.md").symlink_to(outside / "secret.md")
    result = gate.runpytest()
    usage_error(result, "factsuite: articles/leak.md: lies outside the desk")


@pytest.mark.parametrize(
    ("report", "message"),
    [
        ("articles", "articles: is a folder: name a file to write the report to"),
        ("facts/base.yaml/r.json", "facts/base.yaml/r.json: cannot be written: "),
    ],
)
def test_pytest_refuses_a_report_path_that_cannot_be_a_file(
    gate: pytest.Pytester, report: str, message: str
) -> None:
    result = gate.runpytest(f"--factsuite-report={report}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert result.errlines[0].startswith(f"ERROR: factsuite: {message}")
    assert "Traceback" not in result.stdout.str() + result.stderr.str()
