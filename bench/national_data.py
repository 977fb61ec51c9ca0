"""A national-scale ITA dataset for benchmarks: about 8,300 agencies of several types over FY2565–2568, as the tidy
frames the ingest produces (scores: 10 indicators per unit-year; published: tool scores, total and level), seeded.

    from bench.national_data import national_frames, write_wide_csv
    data = national_frames()                  # data.scores (332,000 rows), data.published (33,200 rows)
    write_wide_csv("national.csv")            # the same figures as a wide CSV the upload page reads

Run as a script to write the CSV: .venv/bin/python bench/national_data.py [OUT.csv] [--units N]
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

UNITS = 8_300
YEARS = (2565, 2566, 2567, 2568)
SEED = 2568
# agency types of the national assessment and their rough share of the ~8,300 agencies
TYPES = (("องค์การบริหารส่วนตำบล", "อบต.", 0.62), ("เทศบาลตำบล", "ทต.", 0.26), ("เทศบาลเมือง", "ทม.", 0.02),
         ("เทศบาลนคร", "ทน.", 0.004), ("องค์การบริหารส่วนจังหวัด", "อบจ.", 0.009),
         ("ส่วนราชการระดับกรม", "กรม", 0.04), ("มหาวิทยาลัย", "มหาวิทยาลัย", 0.01), ("รัฐวิสาหกิจ", "รัฐวิสาหกิจ", 0.006),
         ("หน่วยงานอื่นของรัฐ", "หน่วยงาน", 0.031))
WEIGHTS = np.array([6, 6, 6, 6, 6, 10, 10, 10, 20, 20], dtype=float) / 100
TOOLS = {"iit": slice(0, 5), "eit": slice(5, 8), "oit": slice(8, 10)}
SCORE_COLUMNS = ["unit", "unit_type", "fiscal_year", "indicator", "score"]
PUBLISHED_COLUMNS = ["unit", "unit_type", "fiscal_year", "iit", "eit", "oit", "total", "level"]


@dataclass(frozen=True)
class NationalData:
    """The two tidy frames of analysis.ita.ingest.IngestResult (same columns and dtypes)."""
    scores: pd.DataFrame
    published: pd.DataFrame


def units(n_units: int = UNITS) -> pd.DataFrame:
    """n_units agencies: unit (a unique Thai name) and unit_type, in a fixed order."""
    shares = np.array([share for *_, share in TYPES])
    counts = np.floor(shares / shares.sum() * n_units).astype(int)
    counts[0] += n_units - counts.sum()
    names, kinds = [], []
    for (kind, prefix, _), count in zip(TYPES, counts):
        names += [f"{prefix}ตัวอย่าง {k + 1:04d}" for k in range(count)]
        kinds += [kind] * count
    return pd.DataFrame({"unit": pd.array(names, dtype="str"), "unit_type": pd.array(kinds, dtype="str")})


def _level(year: int, total: np.ndarray, tools: np.ndarray) -> np.ndarray:
    """The published level: FY2565's AA–F grades, from FY2566 the pass bands (the top two gated by every tool)."""
    if year <= 2565:
        edges = [(95, "AA"), (85, "A"), (75, "B"), (65, "C"), (55, "D"), (50, "E")]
        return np.select([total >= e for e, _ in edges], [g for _, g in edges], "F")
    low = tools.min(axis=1)
    conditions = [(total >= 95) & (low >= 95), (total >= 85) & (low >= 85), total >= 85, total >= 70]
    return np.select(conditions, ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง"], "ต้องปรับปรุงโดยด่วน")


def national_frames(n_units: int = UNITS, years: tuple[int, ...] = YEARS, seed: int = SEED) -> NationalData:
    """scores (n_units × len(years) × 10 rows) and published (n_units × len(years) rows), sorted by year and unit
    as listed; the same arguments always give the same frames."""
    rng = np.random.default_rng(seed)
    who = units(n_units)
    base = rng.normal(88, 5, size=n_units)                         # each agency's own level, kept over the years
    scores, published = [], []
    for k, year in enumerate(years):
        drift = base + 1.5 * k + rng.normal(0, 2.5, size=n_units)   # national means rise year on year
        grid = np.clip(drift[:, None] + rng.normal(0, 4, size=(n_units, 10)), 30, 100).round(2)
        tools = np.column_stack([grid[:, part].mean(axis=1) for part in TOOLS.values()]).round(2)
        total = (grid @ WEIGHTS).round(2)
        scores.append(pd.DataFrame({
            "unit": np.repeat(who["unit"].to_numpy(), 10), "unit_type": np.repeat(who["unit_type"].to_numpy(), 10),
            "fiscal_year": np.full(n_units * 10, year, dtype="int64"),
            "indicator": np.tile(np.arange(1, 11, dtype="int64"), n_units), "score": grid.ravel()}))
        published.append(pd.DataFrame({
            "unit": who["unit"], "unit_type": who["unit_type"], "fiscal_year": np.full(n_units, year, dtype="int64"),
            **{name: tools[:, i] for i, name in enumerate(TOOLS)}, "total": total,
            "level": pd.Series(_level(year, total, tools), dtype=object)}))
    out_scores = pd.concat(scores, ignore_index=True)
    out_published = pd.concat(published, ignore_index=True)
    return NationalData(out_scores.astype({"unit": "str", "unit_type": "str"}),
                        out_published.astype({"unit": "str", "unit_type": "str"}))


def write_wide_csv(path: str | Path, data: NationalData | None = None) -> Path:
    """The dataset as one wide CSV (unit, type, year, ten indicators, IIT/EIT/OIT, total, level; UTF-8 with BOM)
    that the upload page reads; returns the path."""
    data = data if data is not None else national_frames()
    wide = data.scores.pivot_table(index=["unit", "unit_type", "fiscal_year"], columns="indicator", values="score",
                                   sort=False)
    wide.columns = [f"ตัวชี้วัดที่ {n}" for n in wide.columns]
    figures = data.published.set_index(["unit", "unit_type", "fiscal_year"])
    wide = wide.join(figures.rename(columns={"iit": "IIT", "eit": "EIT", "oit": "OIT", "total": "คะแนนรวม",
                                             "level": "ผลการประเมิน"})).reset_index()
    wide = wide.rename(columns={"unit": "หน่วยงาน", "unit_type": "ประเภทหน่วยงาน", "fiscal_year": "ปีงบประมาณ"})
    path = Path(path)
    wide.to_csv(path, index=False, encoding="utf-8-sig", float_format="%.2f")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="bench/out/national_8300x4.csv")
    parser.add_argument("--units", type=int, default=UNITS)
    args = parser.parse_args(argv)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    path = write_wide_csv(args.out, national_frames(args.units))
    print(f"wrote {path} ({args.units:,} units × {len(YEARS)} years)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
