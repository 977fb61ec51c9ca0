"""The README's pictures (issue 13, done when: the screenshots are kept as the README's pictures): every picture the
README shows is in docs/pictures/ as a real PNG of a page at one of the two screen widths, small enough for the
repository, every kept picture is shown, and each comes from a shot `make screenshots` takes (page number and name
as the navigation lists them)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PICTURES = ROOT / "docs" / "pictures"
sys.path.insert(0, str(ROOT / "scripts"))

import readme_pictures  # noqa: E402


def shown() -> set[str]:
    return set(re.findall(r"\]\(docs/pictures/([\w.-]+\.png)\)", README))


def test_every_picture_the_readme_shows_is_kept_and_every_kept_one_is_shown():
    kept = {p.name for p in PICTURES.glob("*.png")}
    assert shown() and shown() == kept
    assert {target for _, target in readme_pictures.CHOSEN} == kept


def test_each_picture_is_a_page_at_a_screen_width_and_small():
    for name in shown():
        path = PICTURES / name
        with Image.open(path) as img:
            assert img.format == "PNG"
            assert img.width in (1366, 1920), name
            assert 600 <= img.height <= readme_pictures.MAX_HEIGHT, name
        assert path.stat().st_size < 400_000, name


def test_each_picture_comes_from_a_shot_of_a_page_in_a_mode_and_size_the_screenshots_take():
    from tests.test_screenshots import MODES, SIZES
    from ui.navigation import PAGES

    files = {f"{n:02d}-{p.url_path}.png" for n, p in enumerate(PAGES, start=1)}
    sizes = {f"{w}x{h}" for w, h in SIZES}
    for shot, _ in readme_pictures.CHOSEN:
        size, mode, file = shot.split("/")
        assert size in sizes and mode in MODES and file in files, shot
