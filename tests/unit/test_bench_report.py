"""The benchmark's report of the worker's boot phases (site_config/tools/bench/report.py): the
timings themselves are measured, never asserted; what is tested is how they are summed up."""

from __future__ import annotations

from site_config.tools.bench.report import phase_stats, render_phases, slow_phone_split, stats


def test_each_phase_is_summed_over_the_runs_that_reached_it() -> None:
    runs = [
        {"phases": {"worker": 40.0, "found": 300.0, "loaded": 900.0, "ready": 1000.0}},
        {"phases": {"worker": 60.0, "found": 320.0, "loaded": 700.0, "ready": 1200.0}},
        {"phases": {"worker": 50.0, "snapshot-read": 250.0, "ready": 1100.0}},
        {"phases": {}},  # a page whose worker had ended
    ]
    summary = phase_stats(runs)
    assert summary["ready"]["median"] == 1100.0
    assert summary["ready"]["n"] == 3
    assert summary["loaded"]["values"] == [900.0, 700.0]
    assert summary["snapshot-read"]["n"] == 1
    assert summary["imported"]["n"] == 0


def test_the_phase_table_shows_the_phases_reached_in_boot_order() -> None:
    cold = phase_stats([{"phases": {"worker": 50.0, "loaded": 900.0, "ready": 1000.0}}])
    warm = phase_stats([{"phases": {"worker": 30.0, "snapshot-read": 200.0, "ready": 400.0}}])
    table = render_phases({"ours_cold_phases": cold, "ours_warm_phases": warm})
    names = [line.split("|")[1].strip() for line in table.splitlines() if line.startswith("|")]
    assert [n for n in names if n in ("worker", "snapshot-read", "loaded", "ready")] == [
        "worker",
        "snapshot-read",
        "loaded",
        "ready",
    ]
    assert "imported" not in names


def test_the_slow_phone_is_split_into_bytes_and_cpu() -> None:
    summary = {
        "deeplink_cold_screen": stats([2000.0, 3000.0]),
        "slow_ours_cpu_only_screen": stats([7500.0]),
        "slow_ours_network_only_screen": stats([24000.0]),
    }
    rows = slow_phone_split(summary, {"raw": 4_050_000})
    cpu, network, wire = rows
    assert cpu[1].startswith("7500 ms") and cpu[3] == "3.00"
    assert network[1].startswith("24000 ms") and network[3] == "9.60"
    # 4.05 MB at Fast 3G's 1.6 Mbit/s x 0.9 = 180,000 bytes a second.
    assert wire[1] == "22500 ms"
    assert slow_phone_split({"slow_ours_cpu_only_screen": stats([])}, {}) == []
