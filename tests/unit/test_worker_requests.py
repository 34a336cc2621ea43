"""The worker refuses what the boundary refuses: ``beyondLimits`` of worker-requests.mjs (run
under Node) counts the nesting of a request as ``calculator.boundary.nesting`` does, on the
same texts, and takes the boundary's limits as they are."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

from calculator.boundary import MAX_DEPTH, nesting

ROOT = Path(__file__).resolve().parents[2]
MODULE = ROOT / "site_config" / "overrides" / "assets" / "spoorwijzer" / "worker-requests.mjs"

#: Reads [[text, depth], ...] on stdin, prints beyondLimits(text, {size, depth}) for each.
SCRIPT = """
import { readFileSync } from "node:fs";
const { beyondLimits } = await import(process.argv[1]);
const cases = JSON.parse(readFileSync(0, "utf8"));
console.log(JSON.stringify(cases.map(([text, depth]) => beyondLimits(text, { size: 1e9, depth }))));
"""


def texts() -> list[str]:
    """Bracket soup with strings and escapes (seeded), and the shapes of real requests."""
    rng = random.Random(20261207)
    alphabet = '[]{}""\\\\ a:,'
    soup = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(400)]
    real = [
        '{"action": "calculate", "case": {"periods": [{"start": "2026-01-05"}]}}',
        '{"case": {"label": "[[[{{{\\"]]]"}}',
        "[" * MAX_DEPTH + "]" * MAX_DEPTH,
        "[" * (MAX_DEPTH + 1),
        '"' + "[" * 50 + '"',
    ]
    return real + soup


def test_the_worker_counts_nesting_as_the_boundary_does() -> None:
    node = shutil.which("node")
    assert node, "Node is needed to run the worker's module (make setup installs it)"
    cases = [
        (text, depth) for text in texts() for depth in {max(nesting(text) - 1, 0), nesting(text)}
    ]
    result = subprocess.run(
        [node, "--input-type=module", "-e", SCRIPT, MODULE.as_uri()],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    refused = json.loads(result.stdout)
    wrong = [
        (text, depth)
        for (text, depth), said in zip(cases, refused, strict=True)
        if said != (nesting(text) > depth)
    ]
    assert not wrong, wrong[:5]
