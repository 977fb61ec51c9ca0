"""Cleaning of action-plan cells: HTML fragments, wrap-split Thai words, codes, budgets, steps, outputs/outcomes, units."""
from __future__ import annotations

import html
import re

from analysis.common.normalise import THAI_DIGITS

NO_BUDGET = "ไม่ใช้งบประมาณ"
_THAI_LETTER = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e"          # letters, vowels, tone marks (no digits, ฯ, ๆ)
_TAG_BREAK = re.compile(r"<\s*(?:br|/?p|/?li|/?ul|/?ol|/?div|/?tr)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]{0,300}>")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
_SPLIT_SPACE = re.compile(rf"(?<=[{_THAI_LETTER}]) (?=[{_THAI_LETTER}])(?![\u0e01-\u0e2e]{{1,3}}\.)")   # not before "ก.ก."
# a space that can only be inside a word: before a following vowel/tone mark, or after a leading vowel
_INNER_SPACE = re.compile(r"(?<=[\u0e40-\u0e44]) (?=[\u0e01-\u0e2e])|(?<=[\u0e01-\u0e2e]) (?=[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e])")
_THAI_RUN = re.compile(rf"[{_THAI_LETTER}]+")
_CODE = re.compile(r"^\s*([0-9๐-๙]{1,2}(?:\s*\.\s*[0-9๐-๙]{1,3}){1,4})\s*(\(\s*[0-9๐-๙]{1,3}\s*\))?\s*")
_LEAD_NUMBER = re.compile(r"^\s*([0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,3})*\.?)\s*")
_TOP = re.compile(r"(?:(?<=\s)|^)([0-9๐-๙]{1,2})[.)](?=\s)")
_SUB = re.compile(r"(?:(?<=\s)|^)[0-9๐-๙]{1,2}\.[0-9๐-๙]{1,2}[.)]?(?=\s)")
_BULLET = re.compile(r"(?:(?<=\s)|^)[-–•]\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_OUTPUT = re.compile(r"ผลผลิต\s*[:：]?")
_OUTCOME = re.compile(r"ผลลัพธ์\s*[:：]?")
_AMOUNT = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
WRAP_SEGMENT_MAX = 24   # a narrow cell whose Thai runs are all this short was wrapped by the export


def strip_html(text: str) -> str:
    """The cell without HTML: block tags (<p>, <li>, <ul>, <br>) become line breaks, others vanish; entities decoded."""
    text = _TAG_BREAK.sub("\n", text or "")
    text = html.unescape(_TAG.sub("", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def is_wrapped(text: str) -> bool:
    """True when a narrow cell's text was broken into short pieces by line wrapping (≥ 2 Thai–Thai spaces, all runs short)."""
    if len(_SPLIT_SPACE.findall(text)) < 2:
        return False
    return all(len(run) <= WRAP_SEGMENT_MAX for run in _THAI_RUN.findall(text))


def join_words(text: str, wrapped: bool) -> str:
    """The text with spaces that split Thai words removed: all Thai–Thai spaces when wrapped, else only the certain ones."""
    text = _INNER_SPACE.sub("", text)
    return _SPLIT_SPACE.sub("", text) if wrapped else text


def arabic(text: str) -> str:
    """The text with Thai digits replaced by Arabic digits."""
    return text.translate(THAI_DIGITS)


def split_code(title: str) -> tuple[str, str, str]:
    """(code, code_th, rest) from a measure cell such as "๒.๒.๒ (๖) มาตรการ…": code "2.2.2 (6)", code_th as printed."""
    match = _CODE.match(title)
    if not match:
        return "", "", title.strip()
    number = re.sub(r"\s+", "", match.group(1))
    sub = re.sub(r"\s+", "", match.group(2) or "")
    code_th = f"{number} {sub}".strip()
    return arabic(code_th), code_th, title[match.end():].strip()


def heading(text: str) -> str:
    """A dimension/mission heading with its leading number in Arabic digits ("๑. การสร้าง…" → "1. การสร้าง…")."""
    match = _LEAD_NUMBER.match(text)
    if not match:
        return text.strip()
    return f"{arabic(match.group(1))} {text[match.end():].strip()}".strip()



def parse_budget(text: str) -> tuple[str, float | None]:
    """(budget_text, budget_amount): "ไม่ใช้งบประมาณ" (no budget) → 0.0; one amount ("๕๐,๐๐๐ บาท") → 50000.0; else None."""
    text = text.strip()
    compact = re.sub(r"\s+", "", text)
    if not compact or compact in {"-", "–"}:
        return text, None
    if compact.startswith(NO_BUDGET) or compact in {"ไม่ใช้งบ", "ไม่มีงบประมาณ", "0", "๐"}:
        return text, 0.0
    amounts = [float(a.replace(",", "")) for a in _AMOUNT.findall(arabic(text))]
    amounts = [a for a in amounts if not (2400 <= a <= 2700 and len(amounts) > 1)]   # drop BE years next to amounts
    return text, amounts[0] if len(amounts) == 1 else None


def split_items(text: str) -> list[str]:
    """Top-level numbered items ("๑)", "๒.", …, in sequence) of a cell; sub-items and bullets stay inside their item.

    Text before the first number is an item of its own; a cell without numbering is one item. Numbers that do
    not continue the sequence (a "๕." inside a sentence) are kept as text.
    """
    flat = " ".join(text.split("\n"))
    cuts: list[int] = []
    expected = 1
    for match in _TOP.finditer(flat):
        if int(arabic(match.group(1))) == expected:
            cuts.append(match.start())
            expected += 1
    bounds = [0, *cuts, len(flat)] if cuts and cuts[0] > 0 else [*cuts, len(flat)] if cuts else [0, len(flat)]
    items = []
    for start, end in zip(bounds, bounds[1:]):
        piece = flat[start:end].strip()
        piece = _TOP.sub("", piece, count=1).strip() if _TOP.match(piece) and start in cuts else piece
        piece = _SUB.sub(lambda m: "\n" + m.group(0), piece)
        piece = _BULLET.sub("\n- ", piece)
        piece = "\n".join(line.strip() for line in piece.split("\n") if line.strip())
        if piece:
            items.append(piece)
    return items


def split_results(text: str) -> tuple[str, str]:
    """(outputs, outcomes) of a "ตัวชี้วัด/ผลลัพธ์" cell split at the ผลผลิต / ผลลัพธ์ labels.

    Unlabelled text is taken as outcomes (the column's own name); numbered items end up one per line.
    """
    flat = " ".join(text.split("\n"))
    out_m, res_m = _OUTPUT.search(flat), _OUTCOME.search(flat)
    if not out_m and not res_m:
        return "", _lines(flat)
    if out_m and res_m and out_m.start() < res_m.start():
        return _lines(flat[out_m.end():res_m.start()]), _lines(flat[res_m.end():])
    if out_m and res_m:   # outcome label first
        return _lines(flat[out_m.end():]), _lines(flat[res_m.end():out_m.start()])
    if out_m:
        return _lines(flat[out_m.end():]), _lines(flat[:out_m.start()])
    return _lines(flat[:res_m.start()]), _lines(flat[res_m.end():])


def _lines(text: str) -> str:
    items = split_items(text.strip())
    numbered = len(items) > 1
    return "\n".join(f"{i}. {item}" if numbered else item for i, item in enumerate(items, 1))


def split_units(text: str) -> list[str]:
    """Responsible units of a cell ("ทุกกอง /สก.สนค. (ฝกจ.)" → ["ทุกกอง", "สก.สนค. (ฝกจ.)"]), split at / , ; and lines."""
    parts = re.split(r"[/,;\n]|\s และ\s", text)
    return [re.sub(r"\s+", " ", p).strip() for p in parts if p.strip()]
