"""The size of the overview's answer for many dossiers ("Meerdere dossiers" reads 2,000).

The page asks ``batch`` and ``read_csv`` for ``compact`` lines: each line names its steps by id
and carries only what belongs to its own case; a step's title and roles, each status's words and
each date in words come once per answer (``steps``, ``status_text``, ``days``). Whole lines
repeated the next step of every role (employer, employee, agency, all) with its title, roles
and words: about 2.3 kB a line, 4.5 MB for 2,000, which the worker had to hand over and the
page to parse before it could draw anything.
"""

from __future__ import annotations

import base64
import csv
import io
import json
from datetime import date, timedelta
from typing import Any

import pytest

from calculator.batch import template
from calculator.boundary import handle
from calculator.exports import StepWords

TODAY = date(2026, 11, 23)
#: Bytes a compact line may take, on average, for the cases of :func:`sample` (measured: about
#: 860). What the page uses of a line: the case as read (label, number, first sick day and
#: any recorded dates: ~100 B), its two links (~80 B), its row, label and number (~40 B),
#: regime, illness week and the regime in words (~100 B), the next step's id per role (~90 B)
#: and the ids of the steps that need attention (~50 B), and per named step (three on average)
#: its date and status (~50 B each), with JSON's keys: about 750 B. A whole line of the same
#: case is over 2,000 B: a bound of 1,100 fails as soon as one role's texts come back per line.
MAX_BYTES_PER_LINE = 1100


def sample(n: int) -> bytes:
    """A Dutch CSV of ``n`` varied cases: first sick days over two years, some recovered,
    some with a probleemanalyse done, some past the AOW age."""
    header = template("nl").splitlines()[0].split(";")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for i in range(n):
        first = TODAY - timedelta(days=(i * 37) % 760)
        row = {
            "naam": f"Dossier {i + 1:04d}",
            "personeelsnummer": str(10_000 + i),
            "eerste_ziektedag": first.strftime("%d-%m-%Y"),
        }
        if i % 7 == 3 and (TODAY - first).days > 60:
            row["laatste_ziektedag"] = (first + timedelta(days=30)).strftime("%d-%m-%Y")
        if i % 5 == 1 and (TODAY - first).days > 50:
            row["probleemanalyse_gedaan"] = (first + timedelta(days=40)).strftime("%d-%m-%Y")
        if i % 11 == 5:
            row["geboortedatum"] = "01-01-1955"
        writer.writerow([row.get(name, "") for name in header])
    return out.getvalue().encode("utf-8")


def read(n: int, lang: str = "nl", **extra: Any) -> str:
    data = base64.b64encode(sample(n)).decode()
    request = {"action": "read_csv", "lang": lang, "today": TODAY.isoformat(), "data": data}
    return handle(json.dumps({**request, "overview": True, **extra}))


def test_a_compact_line_stays_small() -> None:
    n = 200
    text = read(n, compact=True)
    answer = json.loads(text)
    assert answer["ok"] and len(answer["cases"]) == n
    lines = [json.dumps(case, ensure_ascii=False).encode() for case in answer["cases"]]
    per_line = sum(map(len, lines)) / n
    assert per_line < MAX_BYTES_PER_LINE, per_line
    # the whole answer too: the tables are small next to the lines
    assert len(text.encode()) / n < MAX_BYTES_PER_LINE + 100
    # and the whole lines of the same file are what the bound keeps out
    assert len(read(n).encode()) / n > 2 * MAX_BYTES_PER_LINE


def test_no_step_words_are_repeated_in_a_line() -> None:
    answer = json.loads(read(60, compact=True))
    words = [step["title"] for step in answer["steps"].values()]
    words += list(answer["status_text"].values())
    words += [text for pair in answer["days"].values() for text in pair]
    assert len(answer["steps"]) >= 5 and len(answer["days"]) >= 60
    for case in answer["cases"]:
        # the regime in words is the line's own ("AOW-leeftijd: loon bij ziekte tot en met …")
        own = {k: v for k, v in case["overview"].items() if k != "regime_text"}
        line = json.dumps(own, ensure_ascii=False)
        assert not [text for text in words if json.dumps(text, ensure_ascii=False) in line]
        assert "roles" not in line and "title" not in line


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_compact_line_made_whole_is_the_whole_line(lang: str) -> None:
    """What the page's linkSteps (dossiers-list.mjs) does with a compact line gives what the
    CLI and the spreadsheet read: the same step, date, status and words for every role."""
    compact, whole = json.loads(read(80, lang, compact=True)), json.loads(read(80, lang))
    words = StepWords(lang)
    words.steps, words.status_text = compact["steps"], compact["status_text"]
    words.days = compact["days"]
    for small, full in zip(compact["cases"], whole["cases"], strict=True):
        assert words.whole(small["overview"]) == full["overview"]
        assert {k: v for k, v in small.items() if k != "overview"} == {
            k: v for k, v in full.items() if k != "overview"
        }
    for key in ("today", "today_text", "soon_days"):
        assert compact[key] == whole[key]


def test_the_batch_action_answers_compact_lines_too() -> None:
    cases = [
        {"id": f"c{i}", "label": c["label"], "case": c["case"]}
        for i, c in enumerate(json.loads(read(40))["cases"])
    ]
    request = {"action": "batch", "lang": "nl", "today": TODAY.isoformat(), "cases": cases}
    compact = json.loads(handle(json.dumps({**request, "compact": True})))
    whole = json.loads(handle(json.dumps(request)))
    words = StepWords("nl")
    words.steps, words.status_text, words.days = (
        compact["steps"],
        compact["status_text"],
        compact["days"],
    )
    assert [words.whole(r["overview"]) for r in compact["results"]] == [
        r["overview"] for r in whole["results"]
    ]
    assert "steps" not in whole  # the CLI's JSON keeps its shape


@pytest.mark.parametrize("value", [False, "true", 1, None, {}, []])
def test_only_compact_true_asks_for_compact_lines(value: Any) -> None:
    answer = json.loads(read(3, compact=value))
    assert answer["ok"] and "steps" not in answer
    for case in answer["cases"]:
        assert "dates" not in case["overview"]
        assert all(isinstance(step, dict) for step in case["overview"]["attention"])
