"""Every key the soreness assessment can emit has its text in the knowledge base."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from corelog.domain import soreness
from corelog.domain.soreness import SorenessInput, TrainingContext, assess_soreness
from corelog.knowledge import Knowledge, get_knowledge


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return get_knowledge()


def test_kinds_exist(kb: Knowledge) -> None:
    assert set(soreness.KINDS) == {k.key for k in kb.soreness_kinds}


def test_actions_exist(kb: Knowledge) -> None:
    assert set(soreness.ACTIONS) == {a.key for a in kb.actions}


def test_red_flags_are_the_warning_signs(kb: Knowledge) -> None:
    assert set(soreness.RED_FLAGS) == {s.key for s in kb.warning_signs}
    assert kb.warning_sign("lasting").days == soreness.LASTING_DAYS


def test_causes_exist(kb: Knowledge) -> None:
    assert set(soreness.CAUSES) == {c.key for c in kb.causes}


def test_regions_match_the_body_map(kb: Knowledge) -> None:
    assert tuple(r.key for r in kb.regions) == soreness.REGIONS


def test_run_types_and_race_classes_match(kb: Knowledge) -> None:
    assert tuple(r.key for r in kb.run_types) == soreness.RUN_TYPES
    assert tuple(c.key for c in kb.run_type("race").race_classes) == soreness.RACE_CLASSES


def test_ten_percent_rule_matches(kb: Knowledge) -> None:
    assert kb.core.ten_percent_rule.percent == soreness.TEN_PERCENT


@pytest.mark.parametrize("severity", range(1, 11))
def test_the_table_follows_the_rules_for_each_severity(kb: Knowledge, severity: int) -> None:
    entry = SorenessInput("lower_abs", severity, "dull", "delayed", "improving", False, 1)
    context = TrainingContext(at=datetime(2025, 5, 10, tzinfo=UTC))
    rule = kb.rule_for_severity(severity)
    assert rule is not None
    assert assess_soreness(entry, context).action == rule.action


def test_every_row_of_the_action_table_has_its_rule(kb: Knowledge) -> None:
    assert tuple(rule.key for rule in kb.rules) == soreness.ACTION_RULES
    for row in soreness.ACTION_TABLE:
        assert kb.rule(row.rule).action == row.action, row.rule


@pytest.mark.parametrize("sign", soreness.RED_FLAGS)
def test_the_table_follows_the_rules_for_each_warning_sign(kb: Knowledge, sign: str) -> None:
    changes = {
        "sharp": {"feel": "sharp"},
        "worsening": {"trend": "worsening"},
        "swelling": {"swelling": True},
        "lasting": {"days_lasted": 7},
    }[sign]
    values: dict[str, object] = {
        "region": "lower_abs",
        "severity": 3,
        "feel": "dull",
        "onset": "delayed",
        "trend": "improving",
        "swelling": False,
        "days_lasted": 1,
    }
    values.update(changes)
    result = assess_soreness(
        SorenessInput(**values),  # type: ignore[arg-type]
        TrainingContext(at=datetime(2025, 5, 10, tzinfo=UTC)),
    )
    rule = kb.rule(result.action_rule)
    assert sign in rule.warning_signs and rule.action == result.action
