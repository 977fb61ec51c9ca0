"""Texts of the indicator-analysis pages: weak indicators (ind.), comparison (cmp.), year over year (yoy.),
drivers (drv.) — Thai and English."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    # shared by the four pages
    "ind.nav": {"th": "ตัวชี้วัดที่เป็นจุดอ่อน", "en": "Weak indicators"},
    "cmp.nav": {"th": "เปรียบเทียบหน่วยงาน", "en": "Compare units"},
    "yoy.nav": {"th": "เทียบปีต่อปี", "en": "Year over year"},
    "drv.nav": {"th": "ตัวชี้วัดที่แยกผ่าน/ไม่ผ่าน", "en": "Drivers of passing"},
    "ind.pick_year": {"th": "ปีงบประมาณ", "en": "Fiscal year"},
    "ind.pick_unit": {"th": "หน่วยงาน", "en": "Unit"},
    "ind.empty": {
        "th": "ยังไม่มีคะแนนรายตัวชี้วัด — นำเข้าไฟล์ผล ITA ที่มีคะแนนตัวชี้วัดที่ 1–10 ที่หน้า “ข้อมูล” "
              "หรือโหลดข้อมูลสาธิตจากหน้า “ภาพรวม”",
        "en": "No indicator scores yet — upload an ITA results file with indicators 1–10 on the “Data” page, "
              "or load the demo data from the “Overview” page"},
    "ind.go_data": {"th": "ไปหน้านำเข้าข้อมูล", "en": "Go to the Data page"},
    "ind.download_xlsx": {"th": "ดาวน์โหลดตาราง (.xlsx)", "en": "Download table (.xlsx)"},
    "ind.col_rank": {"th": "อันดับ", "en": "Rank"},
    "ind.col_indicator": {"th": "ตัวชี้วัดที่", "en": "Indicator"},
    "ind.col_name": {"th": "ชื่อตัวชี้วัด", "en": "Indicator name"},
    "ind.col_tool": {"th": "เครื่องมือ", "en": "Tool"},
    "ind.col_weight": {"th": "น้ำหนัก", "en": "Weight"},
    "ind.col_score": {"th": "คะแนน", "en": "Score"},
    "ind.col_points_lost": {"th": "คะแนนที่เสียไป", "en": "Points lost"},
    "ind.col_below_85": {"th": "ต่ำกว่า 85", "en": "Below 85"},
    "ind.col_distance": {"th": "ขาดอีกถึง 85", "en": "Short of 85"},
    "ind.col_peer_median": {"th": "มัธยฐานกลุ่ม", "en": "Peer median"},
    "ind.col_n_peers": {"th": "จำนวนหน่วยงานที่เทียบ", "en": "Peers"},
    "ind.col_below_peer": {"th": "ต่ำกว่ามัธยฐานกลุ่ม", "en": "Below peer median"},
    "ind.col_gap_to_peer": {"th": "ห่างจากมัธยฐานกลุ่ม", "en": "Gap to peer median"},
    "ind.p_value": {"th": "p = {p}", "en": "p = {p}"},
    "ind.p_small": {"th": "p < 0.001", "en": "p < 0.001"},
    # weak indicators
    "ind.title": {"th": "ตัวชี้วัดที่เป็นจุดอ่อน", "en": "Weak indicators"},
    "ind.no_scores": {
        "th": "{unit} ปี พ.ศ. {year} มีเพียงคะแนนรวมหรือคะแนนรายเครื่องมือ ไม่มีคะแนนรายตัวชี้วัด "
              "— นำเข้าไฟล์ที่มีตัวชี้วัดที่ 1–10 เพื่อดูจุดอ่อน",
        "en": "{unit}, FY{year}, has only a total or tool scores, no indicator scores "
              "— upload a file with indicators 1–10 to see its weak points"},
    "ind.metric_total": {"th": "คะแนนรวม", "en": "Total"},
    "ind.metric_lost": {"th": "คะแนนที่เสียไปทั้งหมด", "en": "Points lost in all"},
    "ind.metric_below_85": {"th": "ตัวชี้วัดต่ำกว่า 85", "en": "Indicators below 85"},
    "ind.metric_below_peer": {"th": "ต่ำกว่ามัธยฐานกลุ่ม", "en": "Below the peer median"},
    "ind.metric_of": {"th": "จาก {n} ตัวชี้วัด", "en": "of {n} indicators"},
    "ind.summary_head": {
        "th": "**จุดอ่อน {n} อันดับแรกของ{unit} ปี พ.ศ. {year}** (เรียงตามคะแนนที่เสียไป = น้ำหนัก × (100 − คะแนน) / 100)",
        "en": "**The {n} weakest indicators of {unit}, FY{year}** (by points lost = weight × (100 − score) / 100)"},
    "ind.summary_item": {
        "th": "ตัวชี้วัดที่ {number} {name}: ได้ {score} คะแนน ทำให้คะแนนรวมเสียไป {points} คะแนน",
        "en": "Indicator {number} {name}: scored {score}, which costs {points} points of the total"},
    "ind.summary_tail": {
        "th": "รวมทุกตัวชี้วัดเสียไป {total} คะแนน · ต่ำกว่า 85 จำนวน {below} จาก {n} ตัวชี้วัด · "
              "ต่ำกว่ามัธยฐานของ{unit_type}อื่น ({peers} หน่วยงาน) จำนวน {below_peer} ตัวชี้วัด",
        "en": "All indicators together lose {total} points · {below} of {n} indicators are below 85 · "
              "{below_peer} are below the median of the other {peers} units of type {unit_type}"},
    "ind.summary_none": {"th": "{unit} ปี พ.ศ. {year} ไม่เสียคะแนนในตัวชี้วัดใดเลย",
                         "en": "{unit}, FY{year}, loses no points on any indicator"},
    "ind.no_weights": {
        "th": "ไม่มีไฟล์กรอบการประเมินของปีนี้ จึงคำนวณคะแนนที่เสียไปไม่ได้ (เรียงตามคะแนนแทน)",
        "en": "There is no framework file for this year, so points lost cannot be computed (sorted by score instead)"},
    "ind.chart": {"th": "คะแนนรายตัวชี้วัดของ{unit} ปี พ.ศ. {year} เทียบเกณฑ์ 85 และมัธยฐานหน่วยงานประเภทเดียวกัน",
                  "en": "Indicator scores of {unit}, FY{year}, against 85 and the peer median"},
    "ind.legend_ok": {"th": "ตั้งแต่ 85 ขึ้นไป", "en": "85 or above"},
    "ind.legend_below": {"th": "ต่ำกว่า 85", "en": "Below 85"},
    "ind.legend_peer": {"th": "มัธยฐาน{unit_type}อื่น", "en": "Median of other {unit_type}"},
    "ind.table": {"th": "ตัวชี้วัดเรียงตามคะแนนที่เสียไป", "en": "Indicators by points lost"},
    "ind.peer_note": {
        "th": "มัธยฐานกลุ่ม = มัธยฐานของหน่วยงานประเภทเดียวกันอื่น ๆ ในปีเดียวกัน (ไม่นับหน่วยงานนี้เอง)",
        "en": "Peer median = median of the other units of the same type in the same year (this unit left out)"},
    # comparison
    "cmp.title": {"th": "เปรียบเทียบหน่วยงาน", "en": "Compare units"},
    "cmp.unit_types": {"th": "ประเภทหน่วยงาน", "en": "Unit types"},
    "cmp.unit_types_all": {"th": "ทุกประเภท", "en": "All types"},
    "cmp.metric_units": {"th": "หน่วยงาน", "en": "Units"},
    "cmp.metric_pass": {"th": "ผ่านเกณฑ์ 85", "en": "Passing 85"},
    "cmp.heatmap": {"th": "คะแนนรายตัวชี้วัดของทุกหน่วยงาน ปี พ.ศ. {year} (แดง = ต่ำกว่า 85, เขียว = 85 ขึ้นไป)",
                    "en": "Indicator scores of every unit, FY{year} (red = below 85, green = 85 or above)"},
    "cmp.heatmap_note": {
        "th": "เรียงจากคะแนนรวมต่ำสุดไว้ด้านบน สีเปลี่ยนที่ 85 พอดี ยิ่งแดงยิ่งต่ำกว่าเกณฑ์",
        "en": "Lowest total at the top; the colour turns at exactly 85 — the redder, the further below"},
    "cmp.heatmap_axis": {"th": "ตัวชี้วัด", "en": "Indicator"},
    "cmp.no_indicators": {"th": "ปีนี้ไม่มีคะแนนรายตัวชี้วัด จึงแสดงแผนภาพความร้อนไม่ได้",
                          "en": "This year has no indicator scores, so there is no heatmap"},
    "cmp.ranking": {"th": "อันดับและเปอร์เซ็นไทล์ในกลุ่มประเภทเดียวกัน", "en": "Ranking and percentile among peers"},
    "cmp.percentile_note": {
        "th": "เปอร์เซ็นไทล์ = ร้อยละของหน่วยงานประเภทเดียวกันในปีเดียวกันที่ได้คะแนนรวมเท่ากับหรือต่ำกว่าหน่วยงานนี้ "
              "(นับตัวเองด้วย) — 100 คือสูงสุดในกลุ่ม · "
              "อันดับเปลี่ยน = อันดับปีก่อน − อันดับปีนี้ (บวก = ขยับขึ้น) เทียบกับปี พ.ศ. {prev}",
        "en": "Percentile = share of units of the same type in the same year whose total is at or below this "
              "unit's (itself included) — 100 is the top of the group · "
              "Rank change = last year's rank − this year's (positive = moved up), against FY{prev}"},
    "cmp.percentile_note_no_prev": {
        "th": "เปอร์เซ็นไทล์ = ร้อยละของหน่วยงานประเภทเดียวกันที่ได้คะแนนรวมเท่ากับหรือต่ำกว่า (นับตัวเองด้วย) "
              "· ไม่มีข้อมูลปีก่อนหน้าให้เทียบอันดับ",
        "en": "Percentile = share of units of the same type at or below this total (itself included) "
              "· there is no earlier year to compare ranks with"},
    "cmp.col_percentile": {"th": "เปอร์เซ็นไทล์ในกลุ่ม", "en": "Percentile among peers"},
    "cmp.col_n_in_type": {"th": "จำนวนในกลุ่ม", "en": "Units of this type"},
    "cmp.col_total_prev": {"th": "คะแนนรวมปีก่อน", "en": "Last year's total"},
    "cmp.col_rank_prev": {"th": "อันดับปีก่อน", "en": "Last year's rank"},
    "cmp.col_rank_change": {"th": "อันดับเปลี่ยน", "en": "Rank change"},
    "cmp.pass_rate": {"th": "อัตราผ่านเกณฑ์ 85 แยกตามประเภทหน่วยงาน", "en": "Pass rate by unit type"},
    "cmp.chart_pass_rate": {"th": "อัตราผ่านเกณฑ์ 85 แยกตามประเภทหน่วยงาน ปี พ.ศ. {year}",
                            "en": "Share of units passing 85 by unit type, FY{year}"},
    "cmp.col_units": {"th": "จำนวนหน่วยงาน", "en": "Units"},
    "cmp.col_passing": {"th": "ผ่าน", "en": "Passing"},
    "cmp.col_share": {"th": "อัตราผ่าน (%)", "en": "Pass rate (%)"},
    "cmp.share_axis": {"th": "ร้อยละที่ผ่าน", "en": "Share passing"},
    # year over year
    "yoy.title": {"th": "เทียบผลปีต่อปี", "en": "Year over year"},
    "yoy.no_prev": {"th": "ไม่มีข้อมูลปีก่อนหน้าปี พ.ศ. {year} ให้เทียบ — เลือกปีที่ใหม่กว่า หรือนำเข้าผลของปีก่อน",
                    "en": "There is no year before FY{year} to compare with — choose a later year or upload "
                          "the earlier results"},
    "yoy.caption": {"th": "เทียบปี พ.ศ. {year} กับปี พ.ศ. {prev}", "en": "FY{year} compared with FY{prev}"},
    "yoy.metric_units": {"th": "หน่วยงานที่มีข้อมูลทั้งสองปี", "en": "Units with both years"},
    "yoy.metric_up": {"th": "ขึ้นมาผ่าน 85", "en": "Rose to 85 or above"},
    "yoy.metric_down": {"th": "หลุดต่ำกว่า 85", "en": "Fell below 85"},
    "yoy.metric_median": {"th": "มัธยฐานการเปลี่ยนแปลงคะแนนรวม", "en": "Median change of the total"},
    "yoy.measure": {"th": "แสดงในกราฟ", "en": "Show in the chart"},
    "yoy.measure_total": {"th": "คะแนนรวม", "en": "Total"},
    "yoy.measure_indicator": {"th": "ตัวชี้วัดที่ {number} {name}", "en": "Indicator {number} {name}"},
    "yoy.chart_slope": {"th": "{measure}: ปี พ.ศ. {prev} → {year} (เส้นสีคือหน่วยงานที่ข้ามเกณฑ์ 85)",
                        "en": "{measure}: FY{prev} → FY{year} (coloured lines crossed 85)"},
    "yoy.legend_up": {"th": "ขึ้นมาผ่าน 85", "en": "Rose to 85+"},
    "yoy.legend_down": {"th": "หลุดต่ำกว่า 85", "en": "Fell below 85"},
    "yoy.legend_same": {"th": "ไม่ข้ามเกณฑ์", "en": "Did not cross"},
    "yoy.crossed_header": {"th": "หน่วยงานที่ข้ามเกณฑ์ 85 (คะแนนรวม)", "en": "Units whose total crossed 85"},
    "yoy.no_crossings": {"th": "ไม่มีหน่วยงานใดข้ามเกณฑ์ 85 ระหว่างสองปีนี้",
                         "en": "No unit crossed 85 between these two years"},
    "yoy.up": {"th": "ขึ้นมาผ่าน", "en": "rose to 85+"},
    "yoy.down": {"th": "หลุดต่ำกว่า 85", "en": "fell below 85"},
    "yoy.unit_header": {"th": "รายตัวชี้วัดของ{unit}", "en": "Indicators of {unit}"},
    "yoy.unit_no_pairs": {"th": "{unit} ไม่มีคะแนนรายตัวชี้วัดครบทั้งสองปี",
                          "en": "{unit} does not have indicator scores in both years"},
    "yoy.group_header": {"th": "ทั้งกลุ่ม: ตัวชี้วัดใดดีขึ้นหรือแย่ลงมากที่สุด",
                         "en": "Whole group: which indicators improved or declined most"},
    "yoy.chart_group": {"th": "มัธยฐานการเปลี่ยนแปลงรายตัวชี้วัด ปี พ.ศ. {prev} → {year}",
                        "en": "Median change per indicator, FY{prev} → FY{year}"},
    "yoy.change_axis": {"th": "การเปลี่ยนแปลง (คะแนน)", "en": "Change (points)"},
    "yoy.group_summary": {
        "th": "ดีขึ้นมากที่สุด: ตัวชี้วัดที่ {best} {best_name} (มัธยฐาน {best_change:+.2f} คะแนน) · "
              "ดีขึ้นน้อยที่สุดหรือแย่ลง: ตัวชี้วัดที่ {worst} {worst_name} (มัธยฐาน {worst_change:+.2f} คะแนน)",
        "en": "Most improved: indicator {best} {best_name} (median {best_change:+.2f}) · "
              "least improved or declined: indicator {worst} {worst_name} (median {worst_change:+.2f})"},
    "yoy.test_explain": {
        "th": "การทดสอบ Wilcoxon แบบจับคู่ (ใช้เมื่อมีหน่วยงานที่มีข้อมูลทั้งสองปีอย่างน้อย 8 หน่วยงาน) "
              "**บอกได้** ว่าการเปลี่ยนแปลงของหน่วยงานทั้งกลุ่มเอนไปทางเดียวกัน (ขึ้นหรือลง) มากเกินกว่าที่ความบังเอิญจะอธิบายได้หรือไม่ "
              "— p ยิ่งเล็ก ยิ่งไม่น่าเป็นความบังเอิญ · **บอกไม่ได้** ว่าเปลี่ยนเพราะอะไร (มาตรการ แบบสอบถาม หรือเกณฑ์ที่เปลี่ยนไป) "
              "ไม่ได้บอกว่าหน่วยงานใดดีขึ้น และเมื่อทดสอบ 10 ตัวชี้วัดพร้อมกัน บางตัวอาจได้ p < 0.05 โดยบังเอิญ",
        "en": "The paired Wilcoxon test (run when at least 8 units have both years) **can say** whether the changes "
              "across the group lean one way (up or down) more than chance would explain — the smaller p, the less "
              "likely chance · it **cannot say** why (measures, the survey, or a changed framework), it says nothing "
              "about any single unit, and with 10 indicators tested at once some may reach p < 0.05 by chance"},
    "yoy.few_pairs": {"th": "มีเพียง {n} หน่วยงาน (ต้องมีอย่างน้อย 8) — ไม่แสดงค่า p เพราะจะไม่มีความหมาย",
                      "en": "only {n} units (at least 8 needed) — no p-value, it would mean nothing"},
    "yoy.no_change": {"th": "ทุกหน่วยงานได้คะแนนเท่าเดิม ไม่มีอะไรให้ทดสอบ",
                      "en": "every unit scored the same both years; nothing to test"},
    "yoy.caveat_few": {
        "th": "มีหน่วยงานที่มีข้อมูลทั้งสองปีเพียง {n} หน่วยงาน (น้อยกว่า 8) จึงไม่ทดสอบทางสถิติ "
              "ให้ดูทิศทางและจำนวนหน่วยงานที่ดีขึ้น/แย่ลงเป็นหลัก",
        "en": "Only {n} units have both years (fewer than 8), so no statistical test is run — read the direction "
              "and the counts of units that improved or declined instead"},
    "yoy.no_pairs": {"th": "ไม่มีหน่วยงานที่มีคะแนนรายตัวชี้วัดทั้งปี พ.ศ. {prev} และ {year} จึงเทียบทั้งกลุ่มไม่ได้",
                     "en": "No unit has indicator scores in both FY{prev} and FY{year}, so the group cannot be compared"},
    "yoy.all_changes": {"th": "การเปลี่ยนแปลงรายหน่วยงานและตัวชี้วัด (ทั้งหมด)", "en": "Every unit and indicator change"},
    "yoy.col_prev": {"th": "ปี {prev}", "en": "FY{prev}"},
    "yoy.col_now": {"th": "ปี {year}", "en": "FY{year}"},
    "yoy.col_change": {"th": "เปลี่ยนแปลง", "en": "Change"},
    "yoy.col_crossed": {"th": "ข้ามเกณฑ์ 85", "en": "Crossed 85"},
    "yoy.col_pairs": {"th": "จำนวนหน่วยงาน", "en": "Units"},
    "yoy.col_median_prev": {"th": "มัธยฐานปี {prev}", "en": "Median FY{prev}"},
    "yoy.col_median_now": {"th": "มัธยฐานปี {year}", "en": "Median FY{year}"},
    "yoy.col_median_change": {"th": "มัธยฐานการเปลี่ยนแปลง", "en": "Median change"},
    "yoy.col_improved": {"th": "ดีขึ้น", "en": "Improved"},
    "yoy.col_declined": {"th": "แย่ลง", "en": "Declined"},
    "yoy.col_unchanged": {"th": "เท่าเดิม", "en": "Unchanged"},
    "yoy.col_test": {"th": "ผลทดสอบ Wilcoxon", "en": "Wilcoxon test"},
    # drivers
    "drv.title": {"th": "ตัวชี้วัดใดแยกหน่วยงานที่ผ่านกับไม่ผ่าน", "en": "Which indicators separate passing units"},
    "drv.counts": {"th": "ปี พ.ศ. {year}: ผ่าน {n_pass} หน่วยงาน · ไม่ผ่าน {n_fail} หน่วยงาน",
                   "en": "FY{year}: {n_pass} units pass · {n_fail} do not"},
    "drv.one_group": {
        "th": "ปีนี้ทุกหน่วยงานที่มีคะแนนรายตัวชี้วัดอยู่ฝั่งเดียวกัน (ผ่านทั้งหมดหรือไม่ผ่านทั้งหมด) จึงเทียบไม่ได้",
        "en": "This year every unit with indicator scores is on the same side (all pass or all fail), "
              "so there is nothing to compare"},
    "drv.chart": {"th": "มัธยฐานคะแนนรายตัวชี้วัด: หน่วยงานที่ผ่าน เทียบกับที่ไม่ผ่าน ปี พ.ศ. {year} "
                        "(เรียงตามความต่าง)",
                  "en": "Median indicator scores of passing vs failing units, FY{year} (largest gap first)"},
    "drv.legend_pass": {"th": "หน่วยงานที่ผ่าน (มัธยฐาน)", "en": "Passing units (median)"},
    "drv.legend_fail": {"th": "หน่วยงานที่ไม่ผ่าน (มัธยฐาน)", "en": "Failing units (median)"},
    "drv.summary": {
        "th": "ตัวชี้วัดที่แยกหน่วยงานที่ผ่านกับไม่ผ่านได้ชัดที่สุดคือ ตัวชี้วัดที่ {number} {name}: "
              "มัธยฐานของหน่วยงานที่ผ่านสูงกว่า {diff:.2f} คะแนน ซึ่งคิดเป็น {points:.2f} คะแนนในคะแนนรวม",
        "en": "The indicator that separates passing from failing units most is {number} {name}: the passing "
              "units' median is {diff:.2f} higher, worth {points:.2f} points of the total"},
    "drv.explain": {
        "th": "ความต่างของมัธยฐานบอกว่าหน่วยงานที่ผ่านและไม่ผ่านต่างกันที่ตัวชี้วัดใด ค่า p จากการทดสอบ Mann–Whitney "
              "บอกว่าความต่างนั้นใหญ่เกินกว่าความบังเอิญหรือไม่ · เป็น**ความสัมพันธ์ ไม่ใช่เหตุและผล** และตัวชี้วัด"
              "เป็นส่วนหนึ่งของคะแนนรวมอยู่แล้ว ตัวที่น้ำหนักมาก (OIT ตัวชี้วัดที่ 9–10 น้ำหนัก 20) จึงมีผลต่อการผ่านมากกว่า "
              "— ดูคอลัมน์ “คิดเป็นคะแนนรวม” ประกอบ",
        "en": "The difference of medians shows where passing and failing units differ; the Mann–Whitney p-value "
              "says whether that gap is larger than chance · this is **association, not cause**, and indicators "
              "are part of the total anyway, so heavily weighted ones (OIT indicators 9–10, weight 20) matter "
              "more for passing — read the “worth in the total” column too"},
    "drv.caveat_small": {
        "th": "กลุ่มหนึ่งมีน้อยกว่า 5 หน่วยงาน (ผ่าน {n_pass}, ไม่ผ่าน {n_fail}) จึงไม่แสดงค่า p เพราะจะไม่มีความหมาย "
              "— ให้อ่านความต่างของมัธยฐานอย่างระมัดระวัง",
        "en": "One group has fewer than 5 units (passing {n_pass}, failing {n_fail}), so no p-value is shown — it "
              "would mean nothing; read the difference of medians with care"},
    "drv.small": {"th": "กลุ่มเล็กเกินไป", "en": "groups too small"},
    "drv.table": {"th": "ตัวชี้วัดเรียงตามความต่างของมัธยฐาน", "en": "Indicators by difference of medians"},
    "drv.col_median_pass": {"th": "มัธยฐาน (ผ่าน)", "en": "Median (passing)"},
    "drv.col_median_fail": {"th": "มัธยฐาน (ไม่ผ่าน)", "en": "Median (failing)"},
    "drv.col_diff": {"th": "ความต่าง", "en": "Difference"},
    "drv.col_points": {"th": "คิดเป็นคะแนนรวม", "en": "Worth in the total"},
    "drv.col_sup": {"th": "โอกาสที่หน่วยงานที่ผ่านได้คะแนนสูงกว่า", "en": "Chance a passing unit scores higher"},
    "drv.col_test": {"th": "ผลทดสอบ Mann–Whitney", "en": "Mann–Whitney test"},
    "ind.go_path": {"th": "วางแผนเส้นทางสู่ 85 ของ {unit}", "en": "Plan {unit}'s path to 85"},
    "ind.go_path_band": {"th": "วางแผนยกระดับ {unit} (เช่น ผ่านดี)", "en": "Plan {unit}'s next band (e.g. ผ่านดี)"},
}
