"""Texts of the ITA results ingest (analysis.ita.ingest): assumptions, dropped rows, problems and their fixes."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    # header and years
    "ingest.header": {"th": "ชีต '{sheet}': หัวตารางอยู่แถว {rows}{titles}",
                      "en": "sheet '{sheet}': header in row {rows}{titles}"},
    "ingest.header_two": {"th": "ชีต '{sheet}': หัวตารางอยู่แถว {rows} (หัวสองชั้น เซลล์ผสานเติมไปทางขวา){titles}",
                          "en": "sheet '{sheet}': header in rows {rows} (two-row header, merged cells filled to the "
                                "right){titles}"},
    "ingest.header_title": {"th": "; แถว {titles} เป็นชื่อเรื่อง", "en": "; row {titles} taken as titles"},
    "ingest.header_titles": {"th": "; แถว {titles} เป็นชื่อเรื่อง", "en": "; rows {titles} taken as titles"},
    "ingest.no_year": {
        "th": "ไม่พบปีงบประมาณ: ไม่มีคอลัมน์ปีงบประมาณ และชื่อชีต ชื่อเรื่อง หรือชื่อไฟล์ไม่ระบุปี",
        "en": "no fiscal year: there is no fiscal-year column and neither the sheet name, the title rows "
              "nor the file name gives a year"},
    "ingest.no_year_fix": {
        "th": "เพิ่มคอลัมน์ 'ปีงบประมาณ' (เช่น 2566) หรือตั้งชื่อชีตเป็นปี เช่น 2566",
        "en": "add a 'fiscal year' column (e.g. 2566) or name the sheet after the year, e.g. 2566"},
    "ingest.year_from": {"th": "ชีต '{sheet}': ปีงบประมาณ {year} จาก{source}",
                         "en": "sheet '{sheet}': fiscal year {year} taken from {source}"},
    "ingest.source_sheet": {"th": "ชื่อชีต", "en": "the sheet name"},
    "ingest.source_title": {"th": "ชื่อเรื่องเหนือหัวตาราง", "en": "the title above the header"},
    "ingest.source_file": {"th": "ชื่อไฟล์", "en": "the file name"},
    "ingest.year_mismatch": {
        "th": "{n} แถวมีปีงบประมาณ ({found}) ไม่ตรงกับชื่อชีต ({year}) — ใช้ปีในคอลัมน์",
        "en": "{n} rows give a fiscal year ({found}) other than the sheet name ({year}); the column is used"},
    "ingest.year_mismatch_fix": {"th": "ตรวจปีงบประมาณหรือชื่อชีต", "en": "check the fiscal years or the sheet name"},
    "ingest.bad_year": {"th": "อ่านปีงบประมาณ '{text}' ไม่ได้ — ไม่นำแถวนี้มาใช้",
                        "en": "cannot read the fiscal year '{text}'; the row is not used"},
    "ingest.bad_year_fix": {"th": "ใส่ปี พ.ศ. 4 หลัก เช่น 2566 (หรือ ค.ศ. เช่น 2023)",
                            "en": "enter a 4-digit BE year such as 2566 (or CE such as 2023)"},
    "ingest.ce_years": {"th": "ปี ค.ศ. (เช่น {example}) ถือเป็นปีงบประมาณ พ.ศ. {year} (บวก 543)",
                        "en": "CE years (e.g. {example}) taken as fiscal year BE {year} (+543)"},
    "ingest.two_digit_years": {"th": "ปีสองหลัก (เช่น {example}) ถือเป็น พ.ศ. {year}",
                               "en": "two-digit years (e.g. {example}) taken as BE {year}"},
    # rows
    "ingest.blank_rows": {"th": "ชีต '{sheet}': ข้ามแถวว่าง {n} แถว", "en": "sheet '{sheet}': skipped {n} blank row(s)"},
    "ingest.row_not_used": {"th": "ไม่ใช้แถว{name}: {reason}", "en": "row{name} not used: {reason}"},
    "ingest.reason_summary": {"th": "เป็นแถวสรุป (รวม/เฉลี่ย) ไม่ใช่หน่วยงาน", "en": "a summary row (total/average), not a unit"},
    "ingest.reason_no_unit": {"th": "ไม่มีชื่อหน่วยงาน", "en": "no unit name"},
    "ingest.reason_no_scores": {"th": "ไม่มีคะแนน", "en": "no scores"},
    "ingest.reason_no_year": {"th": "ไม่มีปีงบประมาณ", "en": "no fiscal year"},
    "ingest.reason_no_indicator": {"th": "ไม่มีชื่อตัวชี้วัด", "en": "no indicator"},
    "ingest.no_year_row_fix": {"th": "ใส่ปีงบประมาณในแถวนี้ เช่น 2566 หรือตั้งชื่อชีตเป็นปี",
                               "en": "enter the fiscal year in this row, e.g. 2566, or name the sheet after the year"},
    "ingest.sheet_skipped": {"th": "ชีต '{sheet}' ไม่มีหัวตารางที่รู้จัก — ข้าม",
                             "en": "sheet '{sheet}' has no recognisable header; skipped"},
    "ingest.no_rows": {"th": "ไม่มีแถวข้อมูลที่ใช้ได้ในไฟล์นี้", "en": "no usable rows in this file"},
    "ingest.no_rows_fix": {"th": "ตรวจว่ามีชื่อหน่วยงาน ปีงบประมาณ และคะแนนในแต่ละแถว",
                           "en": "check that each row has a unit name, a fiscal year and scores"},
    "ingest.no_header": {"th": "ไม่พบหัวตารางที่รู้จักใน {rows} แถวแรก{found}",
                         "en": "no recognisable header in the first {rows} rows{found}"},
    "ingest.found_only": {"th": " (พบเพียง: {found})", "en": " (found only: {found})"},
    "ingest.no_header_fix": {
        "th": "ต้องมีคอลัมน์ชื่อหน่วยงาน ปีงบประมาณ (หรือชื่อชีตเป็นปี) และคะแนนตัวชี้วัด/เครื่องมือ/คะแนนรวม "
              "เช่น หน่วยงาน | ปีงบประมาณ | ตัวชี้วัดที่ 1 … ตัวชี้วัดที่ 10 | IIT | EIT | OIT | คะแนนรวม | ระดับ "
              "หรือแบบยาว หน่วยงาน | ปีงบประมาณ | ตัวชี้วัด | คะแนน",
        "en": "needs columns for the unit name, the fiscal year (or sheets named by year) and indicator, tool or "
              "total scores, e.g. unit | fiscal year | indicator 1 … indicator 10 | IIT | EIT | OIT | total | level, "
              "or long: unit | fiscal year | indicator | score"},
    # columns
    "ingest.column_as_total": {"th": "ชีต '{sheet}': คอลัมน์ {column} ถือเป็นคะแนนรวม",
                               "en": "sheet '{sheet}': column {column} taken as the total"},
    "ingest.level_as_total": {"th": "ชีต '{sheet}': คอลัมน์ {column} เป็นตัวเลข จึงถือเป็นคะแนนรวม",
                              "en": "sheet '{sheet}': column {column} holds numbers, taken as the total"},
    "ingest.duplicate_column": {
        "th": "คอลัมน์ {column} มีความหมายเดียวกับ {first} ({field}) — ใช้ {first}",
        "en": "column {column} means the same as {first} ({field}); {first} is used"},
    "ingest.duplicate_column_fix": {"th": "ลบหรือเปลี่ยนชื่อคอลัมน์ที่ซ้ำ", "en": "delete or rename the repeated column"},
    "ingest.mapping": {"th": "ชีต '{sheet}' จับคู่คอลัมน์: {lines}", "en": "sheet '{sheet}' column mapping: {lines}"},
    "ingest.mapping_line": {"th": "{column} → {field}{hint}", "en": "{column} → {field}{hint}"},
    "ingest.hint_points": {"th": " (คะแนนถ่วงน้ำหนัก)", "en": " (weighted points)"},
    "ingest.unknown_columns": {"th": "ไม่รู้จักคอลัมน์ {columns} — ไม่ได้นำมาใช้",
                               "en": "unknown columns {columns}; they are not used"},
    "ingest.unknown_columns_fix": {
        "th": "ถ้าเป็นคะแนน ให้ตั้งหัวคอลัมน์ตามแบบ เช่น 'ตัวชี้วัดที่ 1', 'IIT', 'คะแนนรวม', 'ระดับ'",
        "en": "if they hold scores, name them like 'Indicator 1', 'IIT', 'total', 'level'"},
    "ingest.unlabelled_columns": {"th": "คอลัมน์ไม่มีหัวแต่มีข้อมูล {columns} — ไม่ได้นำมาใช้",
                                  "en": "columns without a header but with data {columns}; they are not used"},
    "ingest.unlabelled_columns_fix": {"th": "ใส่หัวคอลัมน์ หรือลบคอลัมน์ที่ไม่ใช้", "en": "give the column a header or delete it"},
    "ingest.bad_value": {"th": "{field}: '{value}' ไม่ใช่ตัวเลข — ถือว่าไม่มีคะแนน",
                         "en": "{field}: '{value}' is not a number; treated as missing"},
    "ingest.bad_value_fix": {"th": "ใส่ตัวเลข 0–100 หรือเว้นว่าง", "en": "enter a number from 0 to 100 or leave the cell blank"},
    # field names
    "field.indicator": {"th": "ตัวชี้วัดที่ {n}", "en": "indicator {n}"},
    "field.tool_part": {"th": "{tool} ส่วนที่ {part}", "en": "{tool} part {part}"},
    "field.total": {"th": "คะแนนรวม", "en": "total"},
    "field.level": {"th": "ระดับ/ผลการประเมิน", "en": "level"},
    "field.unit": {"th": "หน่วยงาน", "en": "unit"},
    "field.unit_type": {"th": "ประเภทหน่วยงาน", "en": "unit type"},
    "field.year": {"th": "ปีงบประมาณ", "en": "fiscal year"},
    "field.ignore": {"th": "ไม่ใช้ (ลำดับ/หมายเหตุ/รหัส)", "en": "not used (row no./notes/code)"},
    "field.indicator_label": {"th": "ตัวชี้วัด (ตารางแบบยาว)", "en": "indicator (long layout)"},
    "field.score": {"th": "คะแนน", "en": "score"},
    "field.text": {"th": "ข้อความ", "en": "text"},
    # checks
    "ingest.more_of_same": {"th": "และอีก {n:,} รายการแบบเดียวกัน (แถว {first}–{last})",
                            "en": "and {n:,} more of the same (rows {first}–{last})"},
    "ingest.more_of_same_fix": {"th": "แก้ตามรายการด้านบน", "en": "fix them as listed above"},
    "ingest.scale_points": {"th": "0–{limit:g} (คะแนนถ่วงน้ำหนัก)", "en": "0–{limit:g} (weighted points)"},
    "ingest.out_of_range": {
        "th": "{field} ของ {unit}: คะแนน {score:g} อยู่นอกช่วง {scale} — ไม่นำค่านี้มาใช้",
        "en": "{field} of {unit}: score {score:g} is outside {scale}; this value is not used"},
    "ingest.out_of_range_fix": {
        "th": "แก้เป็นคะแนน {scale} เช่น 91.50 (ตรวจจุดทศนิยมและตัวคั่นหลักพัน)",
        "en": "enter a score of {scale}, e.g. 91.50 (check the decimal point and thousands separators)"},
    "ingest.unit_year": {"th": "{unit} ปี {year}", "en": "{unit} FY{year}"},
    "ingest.unit_year_field": {"th": "{unit} ปี {year} {field}", "en": "{unit} FY{year} {field}"},
    "ingest.at_row": {"th": "แถว {row}", "en": "row {row}"},
    "ingest.at_row_sheet": {"th": "แถว {row} ชีต {sheet}", "en": "row {row} of sheet {sheet}"},
    "ingest.duplicate_merged": {"th": "{what} ซ้ำกับ{at} ค่าเหมือนกันทุกช่อง — รวมเป็นแถวเดียว",
                                "en": "{what} repeats {at} with identical values; merged into one"},
    "ingest.duplicate_merged_fix": {"th": "ลบแถวที่ซ้ำได้", "en": "the repeated row can be deleted"},
    "ingest.duplicate_conflict": {
        "th": "{what} มีมากกว่าหนึ่งแถวและค่าต่างกัน ({columns}): {rows} — ระบบไม่เลือกแถวใดแทนผู้ใช้ "
              "จึงไม่ใช้ทั้งสองแถว {unit_year} ยังไม่มีคะแนนรวมและระดับ (ยังตัดสินไม่ได้)",
        "en": "{what} is given more than once with different values ({columns}): {rows}; neither row is used "
              "(no row is picked by guessing), so {unit_year} has no total and no level (undetermined)"},
    "ingest.duplicate_conflict_fix": {
        "th": "ลบแถวที่ผิดออกหนึ่งแถว ({rows}) ให้เหลือแถวที่ถูกต้อง แล้วอัปโหลดไฟล์อีกครั้ง "
              "(หรือแก้ชื่อหน่วยงาน/ปีงบประมาณถ้าเป็นคนละหน่วยงานหรือคนละปี)",
        "en": "delete one of the rows ({rows}), keeping the correct one, and upload the file again "
              "(or correct the unit name / fiscal year if they are different units or years)"},
    "ingest.no_framework": {
        "th": "ไม่มีไฟล์กรอบการประเมินของปีงบประมาณ {year} — เก็บคะแนนตามไฟล์ แต่ตรวจคะแนนรวมไม่ได้",
        "en": "no framework file for FY{year}; the scores are kept but totals cannot be checked"},
    "ingest.no_framework_fix": {"th": "เพิ่มไฟล์ data/frameworks/fy{year}.toml หรือแก้ปีงบประมาณให้ถูกต้อง",
                                "en": "add data/frameworks/fy{year}.toml or correct the fiscal year"},
    "ingest.missing_indicators": {
        "th": "{unit} ปี {year}: ไม่มีคะแนนตัวชี้วัดที่ {numbers} — คำนวณคะแนนรวมใหม่ไม่ได้",
        "en": "{unit} FY{year}: no score for indicator {numbers}; the total cannot be recomputed"},
    "ingest.missing_indicators_fix": {"th": "กรอกคะแนนให้ครบทุกตัวชี้วัด", "en": "fill in every indicator's score"},
    "ingest.total_mismatch": {
        "th": "{unit} ปี {year}: คะแนนรวมในไฟล์ {published:.2f} ต่างจากที่คำนวณจากตัวชี้วัด {recomputed:.2f} "
              "(ต่าง {difference:.2f}) — สาเหตุที่เป็นไปได้: {cause}",
        "en": "{unit} FY{year}: the file's total {published:.2f} differs from the total recomputed from the indicators "
              "{recomputed:.2f} (by {difference:.2f}); likely cause: {cause}"},
    "ingest.total_mismatch_fix": {"th": "ตรวจปีงบประมาณ คะแนนรายตัวชี้วัด และคะแนนรวมของแถวนี้",
                                  "en": "check this row's fiscal year, indicator scores and total"},
    "ingest.cause_year": {"th": "ปีงบประมาณอาจผิด (ตรงกับผลปี {year})", "en": "wrong fiscal year? it matches FY{year}"},
    "ingest.cause_unweighted": {"th": "คิดแบบไม่ถ่วงน้ำหนัก (ตรงกับค่าเฉลี่ยธรรมดา {mean:.2f})",
                                "en": "computed without weights? it matches the plain mean {mean:.2f}"},
    "ingest.cause_indicators": {"th": "ตรวจสอบคะแนนรายตัวชี้วัด", "en": "check the indicator scores"},
    # long files and tool scales
    "ingest.unknown_indicator": {"th": "ไม่รู้จักตัวชี้วัด '{text}' ({n} แถว) — ไม่ได้นำมาใช้",
                                 "en": "unknown indicator '{text}' ({n} row); not used"},
    "ingest.unknown_indicators": {"th": "ไม่รู้จักตัวชี้วัด '{text}' ({n} แถว) — ไม่ได้นำมาใช้",
                                  "en": "unknown indicator '{text}' ({n} rows); not used"},
    "ingest.unknown_indicator_fix": {"th": "ใช้เลขตัวชี้วัด 1–10 ชื่อตัวชี้วัด หรือ IIT/EIT/OIT/คะแนนรวม",
                                     "en": "use indicator numbers 1–10, indicator names, or IIT/EIT/OIT/total"},
    "ingest.why_header_points": {"th": "หัวคอลัมน์ระบุคะแนนถ่วงน้ำหนัก", "en": "the header says weighted points"},
    "ingest.why_header_100": {"th": "หัวคอลัมน์ระบุ 0–100", "en": "the header says 0–100"},
    "ingest.why_no_values": {"th": "ไม่มีค่า", "en": "no values"},
    "ingest.why_above": {"th": "มีค่าเกิน {weight:g}", "en": "values above {weight:g}"},
    "ingest.why_match_points": {"th": "ตรงกับคะแนนตัวชี้วัดเมื่อคิดเป็นคะแนนถ่วงน้ำหนัก",
                                "en": "matches the indicator scores as weighted points"},
    "ingest.why_match_100": {"th": "ตรงกับคะแนนตัวชี้วัดบนสเกล 0–100", "en": "matches the indicator scores on the 0–100 scale"},
    "ingest.why_at_most": {"th": "ทุกค่าไม่เกิน {weight:g}", "en": "every value is at most {weight:g}"},
    "ingest.tool_points": {
        "th": "ชีต '{sheet}' {column}: คะแนนถ่วงน้ำหนัก (เต็ม {weight:g}; {why}) — แปลงเป็น 0–100",
        "en": "sheet '{sheet}' {column}: weighted points (of {weight:g}; {why}); converted to 0–100"},
    "ingest.tool_100": {"th": "ชีต '{sheet}' {column}: คะแนน 0–100 ตามที่ให้มา ({why})",
                        "en": "sheet '{sheet}' {column}: on the 0–100 scale as given ({why})"},
    "ingest.tool_and_parts": {"th": "ชีต '{sheet}': มีทั้ง {tool} และ {tool} แยกส่วน — ใช้ {tool}",
                              "en": "sheet '{sheet}': both {tool} and its parts are given; {tool} is used"},
    "ingest.tool_parts_mean": {"th": "ชีต '{sheet}': {tool} แยกเป็น {n} ส่วน — ใช้ค่าเฉลี่ยของทุกส่วนเป็น {tool}",
                               "en": "sheet '{sheet}': {tool} given in {n} parts; their mean is taken as {tool}"},
}
