"""Complaint data kept apart by source and reduced after ITA_COMPLAINT_RETENTION_YEARS (issues 10.1 and 10.8)."""
from __future__ import annotations

from datetime import date

from analysis.common.thaidate import current_fiscal_year
from analysis.complaints import statistics
from analysis.store import ingest_complaints


def _register(rows: list[tuple[str, str, str, str]]) -> bytes:
    lines = ["วันที่รับเรื่อง,ประเภท,สถานะ,วันที่เสร็จสิ้น"] + [",".join(r) for r in rows]
    return "\n".join(lines).encode()


# FY2561 (Oct 2017 – Sep 2018): three complaints, one corruption, two finished; FY2569: one open
OLD_AND_NEW = _register([("01/11/2560", "ทุจริต", "เสร็จสิ้น", "05/11/2560"),
                         ("02/12/2560", "ร้องเรียนทั่วไป", "เสร็จสิ้น", "30/12/2560"),
                         ("03/03/2561", "ร้องเรียนทั่วไป", "อยู่ระหว่างดำเนินการ", ""),
                         ("15/03/2569", "ร้องเรียนทั่วไป", "อยู่ระหว่างดำเนินการ", "")])


def _yearly(store):
    records, aggregates, _ = store.complaints.load()
    return statistics.yearly(records, aggregates).set_index("fiscal_year")


def test_current_fiscal_year_starts_on_the_first_of_october():
    assert current_fiscal_year(date(2026, 9, 30)) == 2569
    assert current_fiscal_year(date(2026, 10, 1)) == 2570
    assert current_fiscal_year(date(2026, 12, 2)) == 2570


def test_old_records_become_yearly_counts_and_the_yearly_figures_stay(store):
    ingest_complaints(store, OLD_AND_NEW, "register.csv")
    before = _yearly(store)
    assert store.complaints.apply_retention(5, current_year=2570) == 3
    records, aggregates, _ = store.complaints.load()
    assert set(records["fiscal_year"]) == {2569}, "only the kept years keep their complaints one by one"
    after = _yearly(store)
    for column in ("received", "finished", "in_progress", "corruption", "general"):
        assert after.loc[2561, column] == before.loc[2561, column], column
    assert after.loc[2561, "received"] == 3 and after.loc[2561, "finished"] == 2 and after.loc[2561, "corruption"] == 1
    assert after.loc[2569].equals(before.loc[2569])
    # running it again changes nothing; 0 keeps everything
    assert store.complaints.apply_retention(5, current_year=2570) == 0
    assert _yearly(store).equals(after)
    assert store.complaints.apply_retention(0, current_year=2570) == 0


def test_records_inside_the_window_are_kept(store):
    ingest_complaints(store, OLD_AND_NEW, "register.csv")
    assert store.complaints.apply_retention(10, current_year=2570) == 0     # FY2561 is the tenth year back
    records, _, _ = store.complaints.load()
    assert len(records) == 4


def test_a_users_register_takes_the_place_of_the_demo_for_every_year(store):
    """A register for FY2566–2568 used to replace the demo only for those years, and the demo's FY2563–2565 stayed
    beside it: the year-over-year test then compared 40 against 488 as if one register."""
    from analysis.store import seed_demo_complaints

    seed_demo_complaints(store)
    demo_years = set(_yearly(store).index)
    assert {2563, 2564, 2565, 2566} <= demo_years
    ingest_complaints(store, _register([("15/03/2567", "ร้องเรียนทั่วไป", "เสร็จสิ้น", "20/03/2567"),
                                        ("15/03/2568", "ทุจริต", "เสร็จสิ้น", "20/03/2568")]), "ours.csv")
    records, aggregates, has_demo = store.complaints.load()
    assert not has_demo
    assert set(statistics.yearly(records, aggregates)["fiscal_year"]) == {2567, 2568}
    sources = store.complaints.year_sources()
    assert {y: u.file_name for y, u in sources.items()} == {2567: "ours.csv", 2568: "ours.csv"}
    # the demo is still stored: asked for, it comes back beside the user's years
    with_demo = store.complaints.year_sources(with_demo=True)
    assert with_demo[2564].is_demo and with_demo[2567].file_name == "ours.csv"


def test_the_counts_of_a_counts_table_are_left_alone(store):
    table = "ปีงบประมาณ,เรื่องที่ได้รับ,ดำเนินการแล้วเสร็จ\n2560,30,25\n2569,12,4\n".encode()
    ingest_complaints(store, table, "counts.csv")
    before = _yearly(store)
    assert store.complaints.apply_retention(5, current_year=2570) == 0
    assert _yearly(store).equals(before)

