"""Texts of the complaints page (key prefix "cmpl.")."""

TEXT: dict[str, dict[str, str]] = {
    "cmpl.nav": {"th": "เรื่องร้องเรียน", "en": "Complaints"},
    "cmpl.title": {"th": "เรื่องร้องเรียนรายปีงบประมาณ", "en": "Complaints by fiscal year"},
    "cmpl.demo_years": {"th": "ปีงบประมาณ {years} เป็นข้อมูลสาธิต", "en": "FY{years}: demo data"},
    "cmpl.demo_apart": {"th": "ปีงบประมาณ {years} มาจากทะเบียนสาธิต จึงไม่นำมาเปรียบเทียบรายปี คำนวณแนวโน้ม หรือวัดเป้าหมาย "
                              "ร่วมกับปีของคุณ",
                        "en": "FY{years} come from the demo register, so they are not compared year over year, used "
                              "for the trends or measured against the targets together with your years"},
    "cmpl.demo_mixed_notice": {
        "th": "ทะเบียนเรื่องร้องเรียนสาธิต (สมมุติ) แสดงอยู่คู่กับของคุณ — ปีที่เป็นข้อมูลสาธิตมีป้ายกำกับในทุกแผนภูมิ "
              "ปิดได้ที่หน้า “ข้อมูล”",
        "en": "The demo complaint register (fictitious) is shown beside yours — its years are marked on every chart; "
              "switch it off on the “Data” page"},
    "cmpl.demo_notice": {
        "th": "กำลังแสดง**ทะเบียนเรื่องร้องเรียนสาธิต** (ข้อมูลสมมุติ ปีงบประมาณ 2563–2568 ถึง 31 พ.ค. 2568) "
              "— ชื่อ เลขประจำตัวประชาชน โทรศัพท์ อีเมล ที่อยู่ และรายละเอียดในไฟล์ถูกลบออกก่อนบันทึก",
        "en": "Showing the **demo complaint register** (fictitious, FY2563–2568 up to 31 May 2025) "
              "— names, ID numbers, phones, e-mails, addresses and free text in the file were removed before saving"},
    "cmpl.upload_header": {"th": "นำเข้าไฟล์เรื่องร้องเรียน", "en": "Upload complaint files"},
    "cmpl.upload_label": {"th": "เลือกไฟล์ (.xlsx, .xls, .ods, .csv)", "en": "Choose files (.xlsx, .xls, .ods, .csv)"},
    "cmpl.upload_help": {
        "th": "รายการเรื่องร้องเรียน (หนึ่งแถวต่อหนึ่งเรื่อง: วันที่รับเรื่อง สถานะ ประเภทเรื่อง ช่องทาง หน่วยงาน "
              "วันที่แล้วเสร็จ) ไฟล์ส่งออกจาก Traffy Fondue หรือตารางสรุปรายปี/รายเดือน (ปีงบประมาณ จำนวนเรื่องที่ได้รับ "
              "ดำเนินการแล้วเสร็จ อยู่ระหว่างดำเนินการ) — คอลัมน์ชื่อ เลขประจำตัวประชาชน โทรศัพท์ อีเมล ที่อยู่ "
              "และข้อความอิสระจะถูกลบก่อนบันทึกเสมอ",
        "en": "Complaint records (one row per complaint: received date, status, category, channel, unit, closed "
              "date), a Traffy Fondue export, or yearly/monthly counts (fiscal year, received, finished, in "
              "progress) — name, national ID, phone, e-mail, address and free-text columns are always removed "
              "before saving"},
    "cmpl.keep_text": {"th": "เก็บข้อความรายละเอียดไว้ (ปิดบังเลขประชาชน โทรศัพท์ อีเมล และชื่อ)",
                       "en": "Keep the free-text details (IDs, phones, e-mails and names masked)"},
    "cmpl.keep_text_help": {
        "th": "ปกติระบบจะลบคอลัมน์ข้อความทั้งหมด เลือกข้อนี้เมื่อจำเป็นต้องใช้ข้อความ ระบบจะปิดบังข้อมูลส่วนบุคคลที่ตรวจพบ",
        "en": "Free-text columns are normally removed; tick this only when you need the text — personal data "
              "found in it is masked"},
    "cmpl.status_saved": {"th": "บันทึก {file} แล้ว ({rows:,} แถว)", "en": "Saved {file} ({rows:,} rows)"},
    "cmpl.status_duplicate": {"th": "ไฟล์ {file} มีอยู่แล้ว (บันทึกไว้เป็น {other})",
                              "en": "{file} is already stored (as {other})"},
    "cmpl.status_failed": {"th": "นำเข้า {file} ไม่สำเร็จ — ดูรายงานด้านล่าง",
                           "en": "{file} could not be imported — see the report below"},
    "cmpl.removed": {"th": "ลบคอลัมน์ข้อมูลส่วนบุคคล: {cols}", "en": "Personal-data columns removed: {cols}"},
    "cmpl.removed_none": {"th": "ไม่พบคอลัมน์ข้อมูลส่วนบุคคล", "en": "No personal-data columns found"},
    "cmpl.empty": {
        "th": "ยังไม่มีข้อมูลเรื่องร้องเรียน — นำเข้าไฟล์ด้านบน หรือโหลดทะเบียนสาธิตเพื่อทดลองใช้งาน",
        "en": "No complaint data yet — upload a file above, or load the demo register to try the page"},
    "cmpl.load_demo": {"th": "โหลดทะเบียนเรื่องร้องเรียนสาธิต", "en": "Load the demo complaint register"},
    "cmpl.as_of": {"th": "ข้อมูลถึงวันที่ {date}", "en": "Data up to {date}"},
    "cmpl.partial": {
        "th": "ปี {year} ยังไม่ครบปี ({days} จาก {full} วัน) — การเทียบกับปีก่อนปรับตามจำนวนวัน (อัตราต่อวัน)",
        "en": "FY{year} is a partial year ({days} of {full} days) — comparisons with the previous year use "
              "rates per day"},
    "cmpl.metric_received": {"th": "เรื่องที่ได้รับ ปี {year}", "en": "Received, FY{year}"},
    "cmpl.metric_finished": {"th": "ดำเนินการแล้วเสร็จ", "en": "Finished"},
    "cmpl.metric_in_progress": {"th": "อยู่ระหว่างดำเนินการ", "en": "In progress"},
    "cmpl.metric_within15": {"th": "แล้วเสร็จภายใน 15 วัน", "en": "Handled within 15 days"},
    "cmpl.metric_ci": {"th": "ช่วงความเชื่อมั่น 95%: {low}–{high}", "en": "95% CI: {low}–{high}"},
    "cmpl.targets_header": {"th": "เป้าหมายตามแผนปฏิบัติการป้องกันการทุจริต", "en": "Targets of the anti-corruption plan"},
    "cmpl.target": {"th": "เป้าหมาย", "en": "Target"},
    "cmpl.figure": {"th": "ผล ปี {year}", "en": "FY{year}"},
    "cmpl.status": {"th": "สถานะ", "en": "Status"},
    "cmpl.t_corruption": {"th": "เรื่องร้องเรียนการทุจริตลดลงจากปีก่อน", "en": "Fewer corruption complaints than last year"},
    "cmpl.t_corruption_fig": {
        "th": "{n} เรื่อง เทียบ {prev} เรื่อง (อัตราต่อวัน {change}) — {verdict}",
        "en": "{n} vs {prev} (rate per day {change}) — {verdict}"},
    "cmpl.t_15days": {"th": "ดำเนินการแล้วเสร็จภายใน 15 วัน หรือแจ้งผู้ร้องทราบเหตุผล",
                      "en": "Handled within 15 days, or the complainant told why"},
    "cmpl.t_15days_fig": {"th": "{share} ภายใน 15 วัน — เกิน 15 วัน {late} เรื่อง (ตรวจว่าได้แจ้งผู้ร้องแล้ว)",
                          "en": "{share} within 15 days — {late} took longer (check the complainants were told why)"},
    "cmpl.t_public": {"th": "เผยแพร่สถิติเรื่องร้องเรียน (ได้รับ แล้วเสร็จ อยู่ระหว่างดำเนินการ)",
                      "en": "Publish complaint statistics (received, finished, in progress)"},
    "cmpl.t_public_fig": {"th": "ตารางสถิติด้านล่าง ดาวน์โหลดเป็น .xlsx ได้",
                          "en": "The statistics table below, downloadable as .xlsx"},
    "cmpl.t_bribery": {"th": "ไม่มีเรื่องร้องเรียนเรื่องการเรียกรับสินบน", "en": "No bribery complaints"},
    "cmpl.t_bribery_fig": {"th": "{n} เรื่อง", "en": "{n} complaints"},
    "cmpl.met": {"th": "บรรลุ", "en": "Met"},
    "cmpl.not_met": {"th": "ยังไม่บรรลุ", "en": "Not met"},
    "cmpl.unknown": {"th": "ยังประเมินไม่ได้", "en": "Cannot tell yet"},
    "cmpl.chart_years": {"th": "เรื่องร้องเรียนที่ได้รับรายปีงบประมาณ", "en": "Complaints received per fiscal year"},
    "cmpl.chart_groups": {"th": "เรื่องทุจริต/ประพฤติมิชอบ เทียบเรื่องทั่วไป", "en": "Corruption/misconduct vs general"},
    "cmpl.chart_15": {"th": "แล้วเสร็จภายใน 15 วัน (ช่วงเชื่อมั่น 95%)",
                      "en": "Handled within 15 days (95% interval)"},
    "cmpl.chart_age": {"th": "เรื่องที่ยังไม่แล้วเสร็จ แยกตามอายุเรื่อง", "en": "Open complaints by age"},
    "cmpl.chart_months": {"th": "เรื่องที่ได้รับรายเดือน (ต.ค.–ก.ย.)", "en": "Received per month (Oct–Sep)"},
    "cmpl.chart_breakdown": {"th": "แยกตาม{by} ปี {year}", "en": "By {by}, FY{year}"},
    "cmpl.finished": {"th": "แล้วเสร็จ", "en": "Finished"},
    "cmpl.in_progress": {"th": "อยู่ระหว่างดำเนินการ", "en": "In progress"},
    "cmpl.received": {"th": "ได้รับ", "en": "Received"},
    "cmpl.corruption": {"th": "ทุจริต/ประพฤติมิชอบ", "en": "Corruption/misconduct"},
    "cmpl.general": {"th": "ทั่วไป", "en": "General"},
    "cmpl.share": {"th": "สัดส่วน", "en": "Share"},
    "cmpl.count": {"th": "จำนวนเรื่อง", "en": "Complaints"},
    "cmpl.by": {"th": "แยกตาม", "en": "Break down by"},
    "cmpl.by_channel": {"th": "ช่องทาง", "en": "channel"},
    "cmpl.by_category": {"th": "ประเภทเรื่อง", "en": "category"},
    "cmpl.by_unit": {"th": "หน่วยงาน", "en": "unit"},
    "cmpl.yoy_header": {"th": "เทียบกับปีก่อน (ทดสอบปัวซองแบบแม่นตรง ปรับตามจำนวนวัน)",
                        "en": "Against the previous year (exact Poisson test, adjusted for days covered)"},
    "cmpl.yoy_what": {"th": "เรื่อง", "en": "What"},
    "cmpl.yoy_count": {"th": "ปีนี้ (วัน)", "en": "This year (days)"},
    "cmpl.yoy_prev": {"th": "ปีก่อน (วัน)", "en": "Previous (days)"},
    "cmpl.yoy_change": {"th": "เปลี่ยนแปลง (อัตราต่อวัน)", "en": "Change (rate per day)"},
    "cmpl.yoy_p": {"th": "ค่า p", "en": "p-value"},
    "cmpl.yoy_verdict": {"th": "สรุป", "en": "Verdict"},
    "cmpl.all": {"th": "ทุกเรื่อง", "en": "All complaints"},
    "cmpl.trend_header": {"th": "แนวโน้มหลายปี", "en": "Multi-year trend"},
    "cmpl.trend_line": {
        "th": "{what}: ความชัน Theil–Sen {slope} เรื่องต่อปี (ช่วง {low} ถึง {high}), Kendall's tau {tau}, "
              "ค่า p {p} — {verdict}",
        "en": "{what}: Theil–Sen slope {slope} per year (range {low} to {high}), Kendall's tau {tau}, "
              "p = {p} — {verdict}"},
    "cmpl.trend_few": {
        "th": "มีข้อมูลเพียง {n} ปี: การทดสอบสองทางไม่มีทางได้ค่า p ต่ำกว่า 0.05 จึงไม่แสดงค่า p — ดูเพียงทิศทาง",
        "en": "Only {n} years: a two-sided test can never reach p < 0.05, so no p-value is shown — read the "
              "direction only"},
    "cmpl.public_header": {"th": "สถิติเรื่องร้องเรียนสำหรับเผยแพร่", "en": "Public complaint statistics"},
    "cmpl.download": {"th": "ดาวน์โหลดตารางสถิติ (.xlsx)", "en": "Download the statistics (.xlsx)"},
    "cmpl.col_year": {"th": "ปีงบประมาณ", "en": "Fiscal year"},
    "cmpl.sheet": {"th": "สถิติเรื่องร้องเรียน", "en": "Complaint statistics"},
    "cmpl.uploads_header": {"th": "ไฟล์เรื่องร้องเรียนที่บันทึกไว้", "en": "Stored complaint files"},
    "cmpl.uploads_note": {"th": "ถ้ามีหลายไฟล์ในปีงบประมาณเดียวกัน ใช้ไฟล์ที่นำเข้าล่าสุด",
                          "en": "When several files cover the same fiscal year, the latest upload is used"},
    "cmpl.col_file": {"th": "ไฟล์", "en": "File"},
    "cmpl.col_rows": {"th": "แถว", "en": "Rows"},
    "cmpl.col_years": {"th": "ปีงบประมาณ", "en": "Fiscal years"},
    "cmpl.sources": {"th": "ที่มาของแต่ละปี — {list}", "en": "Where each year comes from — {list}"},
    "cmpl.retention": {"th": "ย่อเรื่องร้องเรียนที่เก่ากว่า {years} ปีงบประมาณเป็นยอดรายปี",
                       "en": "Reduce complaints older than {years} fiscal years to yearly counts"},
    "cmpl.retention_done": {"th": "ย่อเรื่องร้องเรียน {n:,} เรื่องที่เก่ากว่า {years} ปีงบประมาณเป็นยอดรายปีแล้ว",
                            "en": "{n:,} complaints older than {years} fiscal years reduced to yearly counts"},
    "cmpl.col_removed": {"th": "คอลัมน์ส่วนบุคคลที่ลบ", "en": "Personal columns removed"},
    "cmpl.col_demo": {"th": "สาธิต", "en": "Demo"},
    "cmpl.remove_pick": {"th": "เลือกไฟล์ที่จะลบ", "en": "File to remove"},
    "cmpl.remove": {"th": "ลบไฟล์นี้", "en": "Remove this file"},
    "cmpl.removed_file": {"th": "ลบ {file} แล้ว", "en": "Removed {file}"},
    "cmpl.no_records": {"th": "ไฟล์ที่มีเป็นตารางสรุป จึงไม่มีข้อมูลรายเรื่อง (ระยะเวลา อายุเรื่อง ช่องทาง)",
                        "en": "The stored files are summaries, so there is no per-complaint detail (durations, "
                              "ages, channels)"},
}
