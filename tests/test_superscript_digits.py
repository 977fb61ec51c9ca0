"""Characters that Python calls digits but int() refuses (superscripts such as ², circled ①) never crash a reader:
found by `make fuzz` in an item list ("O1, 0, ²"); the same check guarded a national ID, an indicator label and a
link's sort (str.isdigit -> str.isdecimal before int())."""
from __future__ import annotations

from analysis.complaints.pdpa import thai_id_valid
from analysis.ita.roles import classify_label


def test_a_superscript_is_not_part_of_a_national_id():
    assert thai_id_valid("110170020345²") is False
    assert thai_id_valid("²" * 13) is False


def test_a_superscript_label_is_read_as_its_digit_or_not_at_all_never_a_crash():
    for label in ("²", "①", "2²"):
        role = classify_label(label)                 # labels are NFKC-normalised first: ² reads as 2
        assert role is None or (role.kind == "indicator" and isinstance(role.key, int))


def test_an_item_list_with_a_superscript_cell_is_read_or_refused_in_words():
    from analysis.common.report import IngestError
    from analysis.ita import read_item_list

    data = "หน่วยงาน\nO1,0,²\n".encode()
    try:
        items, report = read_item_list(data, "items.csv", "nacc")
    except IngestError as exc:                       # refused with a report in words, not a ValueError
        assert exc.report.problems
    else:
        assert [i.code for i in items] in ([], ["O1"]) and report is not None
