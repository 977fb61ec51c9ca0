"""The CLI golden cases: argument lists over the shipped samples and fixtures (paths relative to the repo)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = "data/samples"


def _files(folder: str, pattern: str) -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).glob(pattern))


RESULT_SAMPLES = [f"{SAMPLES}/demo_departments_2565-2568_wide.xlsx", f"{SAMPLES}/demo_districts_2565-2566.xlsx",
                  f"{SAMPLES}/demo_districts_2567-2568_long.csv", f"{SAMPLES}/demo_upload_example.csv"]

CASES: list[list[str]] = []
for f in RESULT_SAMPLES:
    for fmt in ("table", "csv", "json"):
        CASES.append(["score", f, "--format", fmt])
CASES.append(["score", RESULT_SAMPLES[1], "--year", "2566", "--format", "json"])
CASES.append(["score", RESULT_SAMPLES[1], "--year", "2023", "--format", "csv"])
CASES.append(["score", RESULT_SAMPLES[1], "--year", "2570"])
for f in _files("tests/data", "ingest_*") + _files("tests/data", "guard_*") + _files("tests/data", "read_*"):
    CASES.append(["score", f, "--format", "json"])
CASES.append(["score", "tests/data/no_such_file.xlsx"])
# issue 10.4: a unit-year given twice with different values is printed undetermined (its json case is above)
for fmt in ("table", "csv"):
    CASES.append(["score", "tests/data/ingest_bad_conflict_sheets.xlsx", "--format", fmt])
for target in ("pass", "ผ่านดี", "ผ่านดีเยี่ยม"):
    for fmt in ("table", "json"):
        CASES.append(["path", RESULT_SAMPLES[1], "--unit", "สำนักงานเขตพระนคร", "--year", "2566",
                      "--target", target, "--format", fmt])
CASES.append(["path", RESULT_SAMPLES[0], "--unit", "สำนักการคลัง", "--year", "2568", "--format", "json"])
CASES.append(["path", RESULT_SAMPLES[1], "--unit", "ไม่มีหน่วยงานนี้", "--year", "2566"])
for f in [f"{SAMPLES}/action_plan_finance_office_2566-2570.txt"] + _files("tests/data", "plan_*"):
    CASES.append(["action-plan", f, "--format", "json"])
CASES.append(["action-plan", f"{SAMPLES}/action_plan_finance_office_2566-2570.txt", "--format", "table"])
for f in [f"{SAMPLES}/demo_complaints_2563-2568.csv"] + _files("tests/data", "complaints_*"):
    for fmt in ("table", "json"):
        CASES.append(["complaints", f, "--format", fmt])
