"""Regenerate tests/golden/items.json from the current item-file ingest (only when an output change is intended).

Run: .venv/bin/python tests/golden/make_items_golden.py
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

if __name__ == "__main__":
    os.chdir(ROOT)
    from tests.golden.items_cases import cases, run

    golden = {name: run(case) for name, case in cases().items()}
    (ROOT / "tests" / "golden" / "items.json").write_text(json.dumps(golden, ensure_ascii=False, separators=(",", ":")) + "\n",
                                                          encoding="utf-8")
    print({name: (g.get("rows"), len(g["report"]["problems"])) for name, g in golden.items()})
