"""The meeting-pack view and build (analysis/export/pack.py) on the demo."""
import io
import zipfile

import pytest

from analysis.export import DeckError, build_meeting_pack, meeting_pack_view


def test_view_offers_years_and_their_units(demo, monkeypatch):
    monkeypatch.setenv("ITA_OFFICE_FONT", "Sarabun")
    v = meeting_pack_view(demo.results)
    assert v.years[0] == 2568 and v.default_font == "Sarabun"
    assert len(v.units[2568]) == 72 and v.units[2568] == sorted(v.units[2568])


@pytest.mark.parametrize("unit, name", [(None, "ITA-2568-group"), ("สำนักการคลัง", "ITA-2568-สำนักการคลัง")])
def test_build_names_the_files_and_makes_office_documents(demo, unit, name):
    pack = build_meeting_pack(demo.scores, demo.published, 2568, unit)
    assert pack.name == name
    for data in (pack.pptx, pack.xlsx):
        assert zipfile.is_zipfile(io.BytesIO(data))


def test_spaces_in_a_unit_name_become_underscores(demo):
    renamed = {"สำนักการคลัง": "Finance Office"}
    pack = build_meeting_pack(demo.scores.replace({"unit": renamed}), demo.published.replace({"unit": renamed}),
                              2568, "Finance Office")
    assert pack.name == "ITA-2568-Finance_Office"


def test_unknown_year_is_a_deck_error(demo):
    with pytest.raises(DeckError):
        build_meeting_pack(demo.scores, demo.published, 1999)
