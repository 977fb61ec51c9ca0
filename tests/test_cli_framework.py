"""`python -m analysis framework check FILE.toml` (issue 12.1): exit 0 for every shipped file, 2 with the bilingual
message naming the file and the field for a broken one."""
from __future__ import annotations

import pytest

from analysis.cli.main import main
from analysis.ita.framework import FRAMEWORK_DIR


@pytest.mark.parametrize("path", sorted(FRAMEWORK_DIR.glob("*.toml")), ids=lambda p: p.stem)
def test_every_shipped_file_is_valid(path, capsys):
    assert main(["framework", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert path.name in out and "valid" in out and "ถูกต้อง" in out


@pytest.mark.parametrize("change, field", [
    (("weight = 40", "weight = 41"), "tools[OIT].weight"),
    (("grading = \"bands\"", "grading = \"stars\""), "grading"),
    (("status = \"unknown\"", "status = \"maybe\""), "status"),
    (("min_total = 70", "min_total = 170"), "bands.min_total"),
    (("tool_gate = 95", "tool_gate = 195"), "bands[0].tool_gate"),
])
def test_a_broken_file_names_the_field_in_thai_and_english(tmp_path, capsys, change, field):
    text = (FRAMEWORK_DIR / "fy2570.toml").read_text(encoding="utf-8")
    assert change[0] in text
    path = tmp_path / "mine.toml"
    path.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    assert main(["framework", "check", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(line.startswith(f"mine.toml: {field}: ") for line in err)
    assert any(0x0E00 <= ord(c) <= 0x0E7F for c in err[0]) and err[0] != err[1]


def test_a_file_that_is_not_toml_is_refused(tmp_path, capsys):
    path = tmp_path / "broken.toml"
    path.write_text("fiscal_year = [", encoding="utf-8")
    assert main(["framework", "check", str(path)]) == 2
    assert "broken.toml" in capsys.readouterr().err
