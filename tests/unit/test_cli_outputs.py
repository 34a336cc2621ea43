"""The command line's outputs, attacked: a full disk, a closed stdout, an endless input file, a
write that fails half-way, an output that names the input file, and the exit codes that
site_config/maintainers/architecture.md names. Run as a real process where the operating system
does the attacking."""

from __future__ import annotations

import os
import re
import resource
import signal
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from calculator import cli

from .helpers import ROOT

ONE_CASE = ["--today", "2026-11-23", "2026-01-05"]
CSV_TEXT = "naam;eerste_ziektedag\nA;05-01-2026\n"


def run(
    *args: str,
    stdout: int | None = subprocess.PIPE,
    before: Callable[[], None] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calculator", *args],
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=before,
        timeout=timeout,
        check=False,
    )


def one_line_without_traceback(stderr: str) -> str:
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "dossiers.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    return path


# --- the standard output --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [ONE_CASE, ["--json", *ONE_CASE], ["--help"], ["--csv", "{csv}"], ["--json", "--csv", "{csv}"]],
    ids=["table", "json", "help", "csv", "csv-json"],
)
def test_a_full_disk_is_one_line_and_exit_1(tmp_path: Path, args: list[str]) -> None:
    """``> /dev/full``: every write fails with ENOSPC (a full disk)."""
    args = [a.format(csv=csv_file(tmp_path)) for a in args]
    with open("/dev/full", "w") as full:
        result = run(*args, stdout=full.fileno())
    line = one_line_without_traceback(result.stderr)
    assert "No space left on device" in line
    assert result.returncode == cli.EXIT_CANNOT_WRITE


def test_a_closed_stdout_is_one_line_and_exit_1(tmp_path: Path) -> None:
    """``>&-``: Python starts without a stdout; the output would vanish without a word."""
    for lang, words in (("nl", "de uitvoer is gesloten"), ("en", "the output is closed")):
        result = run("--lang", lang, *ONE_CASE, stdout=None, before=lambda: os.close(1))
        assert one_line_without_traceback(result.stderr) == words
        assert result.returncode == cli.EXIT_CANNOT_WRITE
    result = run("--csv", str(csv_file(tmp_path)), stdout=None, before=lambda: os.close(1))
    assert one_line_without_traceback(result.stderr) == "de uitvoer is gesloten"


# --- the input file -------------------------------------------------------------------------------


def test_an_endless_csv_file_is_read_only_to_its_limit() -> None:
    """``--csv /dev/zero`` has no end: the CLI reads one byte past the limit and stops. The
    address space is capped, so reading without bound fails the test instead of the machine."""

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))

    result = run("--csv", "/dev/zero", before=cap_memory, timeout=60)
    line = one_line_without_traceback(result.stderr)
    assert line == "Het bestand is te groot: hoogstens 2 MB."
    assert result.returncode == cli.EXIT_BAD_INPUT


# --- output files ---------------------------------------------------------------------------------


def small_files() -> None:
    """In the child: a file may grow to 2,000 bytes; a longer write fails (EFBIG), as on a
    full disk or a quota, instead of stopping the process."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))


@pytest.mark.parametrize("option", ["--ics", "--csv-out"])
def test_a_failed_write_keeps_the_old_file(tmp_path: Path, option: str) -> None:
    """The write fails half-way (the file size limit): the file of that name is still the old
    one, and no temporary file is left behind."""
    old = tmp_path / "termijnen.out"
    old.write_text("the old file\n")
    dossiers = tmp_path / "dossiers.csv"  # ten cases: their deadlines take over 2,000 bytes
    dossiers.write_text(CSV_TEXT + "".join(f"A{i};05-01-2026\n" for i in range(9)), "utf-8")
    # one case's calendar alone is longer than 2,000 bytes
    args = [*ONE_CASE] if option == "--ics" else ["--csv", str(dossiers)]
    result = run(option, str(old), *args, before=small_files)
    line = one_line_without_traceback(result.stderr)
    assert line.startswith(f"{option}: kan ") and "File too large" in line
    assert result.returncode == cli.EXIT_CANNOT_WRITE
    assert old.read_text() == "the old file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossiers.csv", "termijnen.out"]


def test_a_written_file_keeps_its_permissions_and_its_link(tmp_path: Path) -> None:
    kept = tmp_path / "kept.ics"
    kept.write_text("old")
    kept.chmod(0o640)
    link = tmp_path / "link.ics"
    link.symlink_to(kept)
    assert run("--ics", str(link), *ONE_CASE).returncode == 0
    assert link.is_symlink() and kept.read_text().startswith("BEGIN:VCALENDAR")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    new = tmp_path / "new.ics"
    assert run("--ics", str(new), *ONE_CASE).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~umask


def test_a_pipe_is_written_in_place(tmp_path: Path) -> None:
    """A FIFO (or /dev/stdout) is no file to replace: it is written as it is."""
    fifo = tmp_path / "calendar"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run("--ics", str(fifo), *ONE_CASE)
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received and received[0].startswith(b"BEGIN:VCALENDAR")


def test_write_whole_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same in this process (measured by coverage): a failure before the rename removes the
    temporary file and leaves the old one; a closed stdout is one line and exit 1."""
    old = tmp_path / "old.ics"
    old.write_text("old")

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError):
        cli.write_whole(str(old), b"new")
    assert old.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["old.ics"]
    assert cli.main(["--ics", str(old), *ONE_CASE]) == cli.EXIT_CANNOT_WRITE
    monkeypatch.undo()
    monkeypatch.setattr(sys, "stdout", None)
    assert cli.main(["--lang", "en", *ONE_CASE]) == cli.EXIT_CANNOT_WRITE


# --- outputs that do not go together --------------------------------------------------------------


@pytest.mark.parametrize("option", ["--csv-out", "--ics"])
def test_an_output_that_names_the_input_file_is_refused(tmp_path: Path, option: str) -> None:
    path = csv_file(tmp_path)
    (tmp_path / "link.csv").symlink_to(path)
    for name in (str(path), str(tmp_path / "." / "dossiers.csv"), str(tmp_path / "link.csv")):
        result = run("--csv", str(path), option, name)
        line = one_line_without_traceback(result.stderr)
        assert (
            line == f"{option}: {name!r} is het CSV-bestand dat gelezen wordt; kies een andere naam"
        )
        assert result.returncode == cli.EXIT_BAD_INPUT and result.stdout == ""
    assert path.read_text(encoding="utf-8") == CSV_TEXT


def test_two_outputs_into_one_file_are_refused(tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    result = run("--lang", "en", "--csv", str(csv_file(tmp_path)), "--csv-out", out, "--ics", out)
    line = one_line_without_traceback(result.stderr)
    assert line == f"--ics: {out!r} is also the output of --csv-out; choose another name"
    assert result.returncode == cli.EXIT_BAD_INPUT and not Path(out).exists()


def test_csv_out_without_csv_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "termijnen.csv"
    result = run("--csv-out", str(out), *ONE_CASE)
    line = one_line_without_traceback(result.stderr)
    assert (
        line
        == "--csv-out: werkt alleen met --csv (de termijnen van de dossiers in een CSV-bestand)"
    )
    assert result.returncode == cli.EXIT_BAD_INPUT and not out.exists() and result.stdout == ""


# --- the architecture document --------------------------------------------------------------


def test_the_readme_and_help_name_every_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    """``cli.EXIT_CODES`` is the one list of exit codes: ``--help`` prints it, and the
    architecture document's table has a row for each code with the same words, and no other row."""
    readme = (ROOT / "site_config/maintainers/architecture.md").read_text(encoding="utf-8")
    section = readme.split("Exit codes of the command line", 1)[1].split("\n\n", 2)[1]
    rows = {
        int(code): text for code, text in re.findall(r"^\| `(\d+)` \| (.+?) \|$", section, re.M)
    }
    assert rows == cli.EXIT_CODES
    assert cli.main(["--help"]) == cli.EXIT_OK
    shown = " ".join(capsys.readouterr().out.split())
    assert all(f"{code}: {text}" in shown for code, text in cli.EXIT_CODES.items())
