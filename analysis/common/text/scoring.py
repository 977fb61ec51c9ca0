"""Texts of the level notes (analysis.ita.scoring): why a unit-year got its level or band, or why none."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "score.word_level": {"th": "ระดับ", "en": "level"},
    "score.word_band": {"th": "ระดับ", "en": "band"},
    "score.gates_met": {"th": "คะแนนรวม {total} ≥ {min} และทุกเครื่องมือ ≥ {gate} จึงได้{word}{label}",
                        "en": "total {total} ≥ {min} and every tool ≥ {gate}, so the {word} is {label}"},
    "score.at_least": {"th": "คะแนนรวม {total} ≥ {min} จึงได้{word}{label}",
                       "en": "total {total} ≥ {min}, so the {word} is {label}"},
    "score.below": {"th": "คะแนนรวม {total} ต่ำกว่า {upper} จึงได้{word}{label}",
                    "en": "total {total} is below {upper}, so the {word} is {label}"},
    "score.between": {"th": "คะแนนรวม {total} ≥ {min} แต่ต่ำกว่า {upper} จึงได้{word}{label}",
                      "en": "total {total} ≥ {min} but below {upper}, so the {word} is {label}"},
    "score.gate_failed_one": {
        "th": "คะแนนรวม {total} ถึงเกณฑ์{better} แต่ {tools} ต่ำกว่า {gate} จึงได้{word}{label}",
        "en": "total {total} reaches {better} but {tools} is below {gate}, so the {word} is {label}"},
    "score.gate_failed_many": {
        "th": "คะแนนรวม {total} ถึงเกณฑ์{better} แต่ {tools} ต่ำกว่า {gate} จึงได้{word}{label}",
        "en": "total {total} reaches {better} but {tools} are below {gate}, so the {word} is {label}"},
    "score.join_last": {"th": "{rest} และ {last}", "en": "{rest} and {last}"},
    "score.why_no_tools": {"th": "ไม่มีคะแนนรายเครื่องมือ", "en": "no tool scores"},
    "score.why_no_tool": {"th": "ไม่มีคะแนน {tools}", "en": "no {tools} score"},
    "score.why_no_tool_many": {"th": "ไม่มีคะแนน {tools}", "en": "no {tools} scores"},
    "score.undetermined_floor": {"th": "ยังตัดสินระดับไม่ได้: {floor} หรือดีกว่า ({names}) เพราะ{why}",
                                 "en": "undetermined: {floor} or better ({names}) — {why}"},
    "score.undetermined": {"th": "ยังตัดสินระดับไม่ได้: อาจเป็น {names} เพราะ{why}",
                           "en": "undetermined: one of {names} — {why}"},
    "score.file_states": {"th": " (ไฟล์ระบุระดับ {level})", "en": " (the file states {level})"},
    "score.no_framework": {
        "th": "ไม่มีไฟล์กรอบการประเมินของปีงบประมาณ {year} (data/frameworks/fy{year}.toml) — ใช้คะแนนรวม"
              "ตามที่ไฟล์ระบุเท่านั้น ไม่ตัดสินระดับ",
        "en": "no framework file for FY{year} (data/frameworks/fy{year}.toml) — total as published only; "
              "level not decided"},
    "score.no_total_given": {"th": " และไฟล์ไม่ได้ระบุคะแนนรวม", "en": "; the file gives no total"},
    "score.no_total": {
        "th": "ไม่มีคะแนนรวม: ตัวชี้วัดไม่ครบทั้ง {n} ตัว ไม่มีคะแนนครบทั้ง {tools} เครื่องมือ "
              "และไฟล์ไม่ได้ระบุคะแนนรวม จึงตัดสินระดับไม่ได้",
        "en": "no total: not all {n} indicators, not all {tools} tool scores and no published "
              "total — the level cannot be decided"},
}
