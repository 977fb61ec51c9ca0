"""The unit index (analysis/ita/views/units.py) the pickers and links check against: every unit with its type, the
types and the years, on the demo and on a unit whose type changed."""
import pandas as pd

from analysis.ita import unit_index


def test_the_demo_units_types_and_years(demo):
    ix = unit_index(demo.results)
    assert ix.years == [2568, 2567, 2566, 2565]
    assert ix.types == ["สำนักงานเขต", "หน่วยงานส่วนกลาง"]
    assert ix.type_of["สำนักงานเขตบางรัก"] == "สำนักงานเขต" and ix.type_of["สำนักการคลัง"] == "หน่วยงานส่วนกลาง"
    assert len(ix.type_of) == len(set(demo.results["unit"]))
    districts = ix.units_of(sorted(ix.type_of), "สำนักงานเขต")
    assert len(districts) == 50 and districts == sorted(districts)
    assert ix.units_of(["b", "a"], None) == ["b", "a"], "no type: every unit, in the order given"


def test_a_unit_whose_type_changed_counts_under_its_newest():
    results = pd.DataFrame({"unit": ["ก", "ก", "ข"], "unit_type": ["เดิม", "ใหม่", None],
                            "fiscal_year": [2567, 2568, 2568], "total": [80.0, 90.0, 70.0]})
    ix = unit_index(results)
    assert ix.type_of == {"ก": "ใหม่"}, "a unit without a type is listed under all types only"
    assert ix.types == ["เดิม", "ใหม่"] and ix.years == [2568, 2567]


def test_nothing_stored_yet():
    ix = unit_index(pd.DataFrame(columns=["unit", "unit_type", "fiscal_year", "total"]))
    assert (ix.years, ix.types, ix.type_of) == ([], [], {})
