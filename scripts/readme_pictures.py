"""The README's pictures: a chosen few of the shots `make screenshots` takes (docs/screenshots/, not kept in git),
reviewed by eye, cut to the first screens of the page and reduced to 256 colours, written to docs/pictures/ (kept).

Run after `make screenshots`: .venv/bin/python scripts/readme_pictures.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"
OUT = ROOT / "docs" / "pictures"
MAX_HEIGHT = 2000            # px of the page kept from its top: the first screens, as a meeting sees them

# (shot under docs/screenshots/, picture name in docs/pictures/): every page type a meeting projects, each mode once
CHOSEN = (
    ("1366x768/th/01-overview.png", "overview-th.png"),
    ("1920x1080/present/01-overview.png", "overview-presenting.png"),
    ("1366x768/en/02-weak_indicators.png", "weak-indicators-en.png"),
    ("1366x768/th/03-comparison.png", "comparison-th.png"),
    ("1366x768/en/04-year_over_year.png", "year-over-year-en.png"),
    ("1366x768/th/07-path_to_85.png", "path-to-85-th.png"),
    ("1366x768/th/10-oit.png", "oit-th.png"),
    ("1920x1080/present/11-complaints.png", "complaints-presenting.png"),
    ("1366x768/th/05-drivers.png", "drivers-th.png"),
)


def picture(shot: Path, out: Path) -> int:
    """Write the top of `shot` as a 256-colour PNG at `out`; its size in bytes."""
    with Image.open(shot) as img:
        img = img.convert("RGB")
        if img.height > MAX_HEIGHT:
            img = img.crop((0, 0, img.width, MAX_HEIGHT))
        img.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(out, optimize=True)
    return out.stat().st_size


def main() -> int:
    missing = [name for name, _ in CHOSEN if not (SHOTS / name).exists()]
    if missing:
        print("run `make screenshots` first; missing: " + ", ".join(missing), file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for name, target in CHOSEN:
        size = picture(SHOTS / name, OUT / target)
        print(f"{target}: {size / 1024:.0f} KB from {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
