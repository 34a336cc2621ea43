"""What the rules say in words and which sources they cite (the points of the law that are text)."""

from __future__ import annotations

from calculator.rules import RULES_BY_ID

from .helpers import ask

CASE = {"periods": [{"start": "2026-01-05"}]}


def by_id(answer: dict[str, object]) -> dict[str, dict[str, object]]:
    return {m["id"]: m for m in answer["milestones"]}  # type: ignore[index, union-attr]


def test_vangnet_text_says_six_weeks_not_usually_the_fourth_day() -> None:
    for lang in ("nl", "en"):
        text = next(
            o["text"] for o in ask(CASE, lang=lang)["outcomes"] if o["id"] == "vangnet_eigenrisico"
        )
        assert "meestal" not in text and "usually" not in text
        assert ("6 weken" in text) if lang == "nl" else ("6 weeks" in text)


def test_opzegverbod_covers_any_notice_and_cites_670a() -> None:
    rule = RULES_BY_ID["einde_opzegverbod"]
    assert "om welke reden ook" in rule.text[0] and "wegens ziekte" not in rule.text[0]
    assert "for whatever reason" in rule.text[1]
    labels = [s.label_nl for s in rule.sources]
    assert "BW art. 7:670 lid 1" in labels and "BW art. 7:670a" in labels


def test_42_week_report_cites_the_ziektewet_and_uwv_practice() -> None:
    sources = [s.label_nl for s in RULES_BY_ID["ziekmelding_uwv"].sources]
    assert sources[0] == "Ziektewet art. 38 lid 1"
    assert any(label.startswith("UWV") for label in sources)


def test_werkwijzer_links_to_the_werkwijzer_itself() -> None:
    [source] = RULES_BY_ID["spoor_2"].sources
    assert source.label_nl == "UWV: Werkwijzer Poortwachter"
    assert "werkwijzer" in source.url.lower()


def test_voluntary_extension_has_no_maximum_anywhere() -> None:
    answer = ask({**CASE, "extension_end": "2030-01-06"}, today="2027-06-01")
    assert answer["ok"], answer
    text = next(o["text"] for o in answer["outcomes"] if o["id"] == "vrijwillige_verlenging")
    assert "geen maximum" in text
    assert "verlenging_kort" not in {o["id"] for o in answer["outcomes"]}
