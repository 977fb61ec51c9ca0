"""The mutants an audit found surviving (issue 15.3), applied one at a time to a copy of the code and the
framework files; each must make its tests fail. Prints one line per mutant and exits 1 when any survives.

mutmut (make mutate) mutates the Python code at random; these are the named ones, including the band edges that
live in the framework files, which mutmut does not touch.

    python scripts/listed_mutants.py [WORDS]     (WORDS: only the mutants whose name contains them)
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("analysis", "data", "tests", "ui", "pages", "app.py", "pyproject.toml")
BANDS = ["tests/test_band_edges.py", "tests/test_scoring.py"]
PDPA = ["tests/test_pdpa.py", "tests/test_pdpa_forms.py", "tests/test_pdpa_names.py"]
DAYS = ["tests/test_complaints_15_days.py", "tests/test_complaints.py"]
LOCK = ["tests/test_measures_store.py", "tests/test_store_concurrency.py"]

# (name, file, text, replacement, tests)
MUTANTS = [
    *[(f"ต้องปรับปรุง lower edge 70 → 69 (FY{y})", f"data/frameworks/fy{y}.toml", "min_total = 70", "min_total = 69",
       BANDS) for y in (2566, 2567, 2568, 2569)],
    ("phones: the +66 form dropped", "analysis/complaints/pdpa.py",
     r'PHONE = r"(?<![\d+])(?:\+66[ -]?\d|0\d)', r'PHONE = r"(?<![\d+])(?:0\d)', PDPA),
    ("phones: the 9-digit form dropped (02-123-4567)", "analysis/complaints/pdpa.py",
     r'(?:\+66[ -]?\d|0\d)(?:[ -]?\d){7,8}(?!\d)"', r'(?:\+66[ -]?\d|0\d)(?:[ -]?\d){8}(?!\d)"', PDPA),
    ("phones: the 10-digit form dropped (081-234-5678)", "analysis/complaints/pdpa.py",
     r'(?:\+66[ -]?\d|0\d)(?:[ -]?\d){7,8}(?!\d)"', r'(?:\+66[ -]?\d|0\d)(?:[ -]?\d){7}(?!\d)"', PDPA),
    ("IDs: dashed 1-1017-00203-45-0 rejected", "analysis/complaints/pdpa.py",
     r'_ID_RUN = r"(?<!\d)\d(?:[ -]?\d){12}(?!\d)"', r'_ID_RUN = r"(?<!\d)\d(?:[ ]?\d){12}(?!\d)"', PDPA),
    ("names: IGNORECASE dropped for Mr./Mrs. cells", "analysis/complaints/pdpa.py",
     '{0,2}", re.IGNORECASE)', '{0,2}")', PDPA),
    ("names: IGNORECASE dropped when masking free text", "analysis/complaints/pdpa.py",
     'u.str.replace(NAME_AFTER_TITLE, "[ชื่อ]", regex=True, flags=re.IGNORECASE)',
     'u.str.replace(NAME_AFTER_TITLE, "[ชื่อ]", regex=True)', PDPA),
    ("15-day rule: DAYS_LIMIT = 16", "analysis/complaints/statistics.py", "DAYS_LIMIT = 15", "DAYS_LIMIT = 16", DAYS),
    ("15-day rule: DAYS_LIMIT = 14", "analysis/complaints/statistics.py", "DAYS_LIMIT = 15", "DAYS_LIMIT = 14", DAYS),
    ("15-day rule: an open complaint decided at age >= 15", "analysis/complaints/statistics.py",
     "(~fin & (age > DAYS_LIMIT))", "(~fin & (age >= DAYS_LIMIT))", DAYS),
    ("lock: update without the version condition", "analysis/store/measures.py",
     "measures.update().where(measures.c.id == measure_id, measures.c.version == expected_version)\n"
     "                .values(**values, version=new_version",
     "measures.update().where(measures.c.id == measure_id)\n                .values(**values, version=new_version", LOCK),
    ("lock: undo without the version condition", "analysis/store/measures.py",
     "measures.update().where(measures.c.id == measure_id, measures.c.version == expected_version)\n"
     "                .values(**values, version=expected_version + 1",
     "measures.update().where(measures.c.id == measure_id)\n                .values(**values, version=expected_version + 1",
     LOCK),
    ("lock: update without the row count", "analysis/store/measures.py",
     "            if done != 1:   # ... and its row count", "            if False:   # ... and its row count", LOCK),
    ("lock: progress without the version condition", "analysis/store/measures.py",
     "progress.update().where(*key, progress.c.version == expected_version)", "progress.update().where(*key)", LOCK),
    ("lock: progress without the row count", "analysis/store/measures.py",
     "if done != 1:    # moved on, or gone", "if False:    # moved on, or gone", LOCK),
]


def main(only: str = "") -> int:
    chosen = [m for m in MUTANTS if only in m[0]]
    survived = []
    with tempfile.TemporaryDirectory(prefix="mutants-") as tmp:
        work = Path(tmp)
        for name in COPIED:
            src = ROOT / name
            (shutil.copytree if src.is_dir() else shutil.copy2)(src, work / name)
        for name, file, text, replacement, tests in chosen:
            path = work / file
            original = path.read_text(encoding="utf-8")
            if original.count(text) != 1:
                print(f"NOT FOUND  {name}: {file} no longer holds the text to mutate (update this list)")
                survived.append(name)
                continue
            path.write_text(original.replace(text, replacement), encoding="utf-8")
            try:
                run = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                                      "-p", "no:randomly", *tests], cwd=work, capture_output=True, text=True)
            finally:
                path.write_text(original, encoding="utf-8")
            killed = run.returncode == 1
            print(f"{'killed   ' if killed else 'SURVIVED '} {name}")
            if not killed:
                survived.append(name)
    print(f"{len(chosen) - len(survived)} of {len(chosen)} listed mutants killed")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main(" ".join(sys.argv[1:])))
