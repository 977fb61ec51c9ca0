"""Frameworks saved in the app (issue 12.1): validated before they are stored, every save a new version, the newest
in use for its year (scores follow it, the pages say which version scored them), in the backup."""
from __future__ import annotations

import tomllib

import pytest

from analysis.common.report import FrameworkError
from analysis.ita import describe, for_year, load_all, score, set_stored
from analysis.ita.framework import FRAMEWORK_DIR


def _toml(year: int = 2570, old: str = "", new: str = "") -> str:
    text = (FRAMEWORK_DIR / "fy2570.toml").read_text(encoding="utf-8").replace("fiscal_year = 2570",
                                                                              f"fiscal_year = {year}")
    return text.replace(old, new, 1) if old else text


def test_a_save_is_validated_and_becomes_the_next_version(store):
    repo = store.frameworks
    first = repo.save(_toml(), "copied", who="สมศรี")
    second = repo.save(_toml(old="pass_mark = 85", new="pass_mark = 80"), "the FY2570 manual", who="สมชาย")
    assert (first.version, second.version, second.created_by, second.note) == (1, 2, "สมชาย", "the FY2570 manual")
    assert [v.version for v in repo.versions(2570)] == [2, 1] and repo.latest()[2570].version == 2
    assert second.framework().pass_mark == 80.0 and second.framework().version == 2
    signature = repo.signature()
    with pytest.raises(FrameworkError) as err:
        repo.save(_toml(old="weight = 40", new="weight = 41"), who="x")
    assert err.value.field_name == "tools[OIT].weight" and repo.signature() == signature, "nothing stored"
    with pytest.raises(FrameworkError) as err:
        repo.save(_toml(old='status = "unknown"', new='status = "verified"'), who="x")
    assert err.value.field_name == "source", "verified needs its source"


def test_the_newest_saved_version_scores_its_year_and_is_named(store, demo):
    unit_year = demo.scores[demo.scores["fiscal_year"] == 2568]
    before = score(unit_year)
    store.frameworks.save(_toml(2568), who="ก")
    text = _toml(2568).replace("min_total = 85", "min_total = 90").replace("pass_mark = 85", "pass_mark = 90")
    store.frameworks.save(text, "stricter", who="ก")
    set_stored({y: s.framework() for y, s in store.frameworks.latest().items()})
    fw = for_year(2568)
    assert fw.version == 2 and load_all()[2568].version == 2 and for_year(2567).version == 0
    after = score(unit_year)
    assert after["passed"].sum() < before["passed"].sum(), "the saved version changes who passes"
    assert "ฉบับที่ 2" in describe(fw, "th") and "version 2" in describe(fw, "en")
    assert "มากับโปรแกรม" in describe(for_year(2567), "th") and ".toml" not in describe(for_year(2567), "th")
    set_stored({})
    assert for_year(2568).version == 0


def test_saved_frameworks_are_in_the_backup(store, tmp_path):
    from analysis.store import backup_workspace, restore_workspace
    from analysis.store.store import Store

    store.frameworks.save(_toml(), "copied", who="ก")
    data, _ = backup_workspace(store)
    other = Store(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        restore_workspace(other, data)
        assert tomllib.loads(other.frameworks.latest()[2570].toml_text)["fiscal_year"] == 2570
    finally:
        other.close()


def test_each_part_has_its_own_status_and_a_verified_part_needs_its_source():
    from analysis.ita.framework import parse_framework
    from analysis.ita.framework_io import framework_to_toml

    data = tomllib.loads(_toml())
    data["parts"] = {"weights": {"status": "verified", "source": "คู่มือ ITA 2570 หน้า 8"},
                     "grading": {"status": "assumed"}}
    fw = parse_framework(data, "x")
    assert fw.part("weights") == ("verified", "คู่มือ ITA 2570 หน้า 8") and fw.part("tools") == ("unknown", "")
    words = describe(fw, "en")
    assert "weights: verified (คู่มือ ITA 2570 หน้า 8)" in words and "grading rule, bands and gates: assumed" in words
    assert parse_framework(tomllib.loads(framework_to_toml(fw)), "x").parts == fw.parts, "kept in the TOML"
    data["parts"]["weights"] = {"status": "verified"}
    with pytest.raises(FrameworkError) as err:
        parse_framework(data, "x")
    assert err.value.field_name == "parts.weights.source"
    data["parts"] = {"colours": {"status": "assumed"}}
    with pytest.raises(FrameworkError) as err:
        parse_framework(data, "x")
    assert err.value.field_name == "parts.colours"
