"""The strings table: every key in Thai and English with the same placeholders, and every key used exists."""
import re
import string
from pathlib import Path

import pytest

from ui.strings import LANGUAGES, STRINGS

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*ROOT.glob("app.py"), *ROOT.glob("pages/*.py"), *ROOT.glob("ui/*.py")]


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_each_key_exists_in_every_language_with_the_same_placeholders(key):
    entry = STRINGS[key]
    assert set(entry) == set(LANGUAGES), f"{key} must have exactly {LANGUAGES}"
    assert all(entry[lang].strip() for lang in LANGUAGES)
    assert fields(entry["th"]) == fields(entry["en"])


def test_every_key_the_code_uses_is_in_the_table():
    used = set()
    for path in SOURCES:
        used |= set(re.findall(r"""\btr\(\s*["']([a-z_]+\.[a-z0-9_]*[a-z0-9])["']""", path.read_text(encoding="utf-8")))
    assert used, "the pages use the strings table"
    assert not used - set(STRINGS), sorted(used - set(STRINGS))
