"""Texts of the charts shared by the results pages: long rankings summarised, distributions, the chosen unit."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "chart.rest": {"th": "… อีก {n} หน่วยงาน ({low}–{high})", "en": "… {n} more units ({low}–{high})"},
    "chart.ranking": {"th": "คะแนนรวม ปี {year}: ต่ำสุดและสูงสุด {n} อันดับ จาก {units} หน่วยงาน",
                      "en": "Totals, FY{year}: the {n} lowest and highest of {units} units"},
    "chart.histogram": {"th": "การกระจายของคะแนนรวม ปี {year} ({units} หน่วยงาน)",
                        "en": "Distribution of totals, FY{year} ({units} units)"},
    "chart.all_units": {"th": "แสดงตารางทุกหน่วยงาน ({units}) — ค้นหาชื่อได้",
                        "en": "Show the table of every unit ({units}) — searchable by name"},
    "chart.heat_lowest": {"th": "คะแนนรายตัวชี้วัดของ {n} หน่วยงานที่คะแนนรวมต่ำสุด ปี พ.ศ. {year} (จาก {units})",
                          "en": "Indicator scores of the {n} units with the lowest totals, FY{year} (of {units})"},
    "chart.heat_types": {"th": "มัธยฐานคะแนนรายตัวชี้วัดตามประเภทหน่วยงาน ปี พ.ศ. {year}",
                         "en": "Median indicator scores by unit type, FY{year}"},
    "chart.slope_crossed": {
        "th": "แสดงเฉพาะ {shown} หน่วยงานที่ข้ามเกณฑ์ 85 (และหน่วยงานที่เลือก) จาก {units} หน่วยงาน",
        "en": "Showing only the {shown} units that crossed 85 (and the chosen unit) of {units} units"},
}
