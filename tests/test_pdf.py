"""analysis/export/pdf.py: the meeting pack converts to a PDF of one page per slide with LibreOffice headless, and
a missing, failing or hanging LibreOffice is a clear message in Thai and English."""
from __future__ import annotations

import shutil
import stat
import subprocess

import pytest
from pptx import Presentation

from analysis.export import PdfError, build_meeting_pack, pptx_to_pdf

SOFFICE = shutil.which("soffice")
PDFTOPPM = shutil.which("pdftoppm")


@pytest.mark.skipif(SOFFICE is None or PDFTOPPM is None, reason="LibreOffice or poppler-utils is not installed")
def test_the_demo_pack_becomes_a_pdf_of_one_page_per_slide(demo, tmp_path):
    import io

    pack = build_meeting_pack(demo.scores, demo.published, 2568, is_demo=True)
    slides = len(Presentation(io.BytesIO(pack.pptx)).slides)
    pdf = pptx_to_pdf(pack.pptx)
    assert pdf.startswith(b"%PDF")
    (tmp_path / "pack.pdf").write_bytes(pdf)
    subprocess.run([PDFTOPPM, "-r", "10", "-png", str(tmp_path / "pack.pdf"), str(tmp_path / "page")], check=True,
                   timeout=120)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == slides == 8, "every slide renders to a page"


def _fake_office(folder, script: str) -> None:
    exe = folder / "soffice"
    exe.write_text("#!/bin/sh\n" + script + "\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)


@pytest.mark.parametrize("script, code, th, en", [
    (None, "pdf.no_office", "ไม่ได้ติดตั้ง LibreOffice", "LibreOffice is not installed"),
    ("echo 'source file could not be loaded' >&2; exit 1", "pdf.failed", "ไม่สำเร็จ (source file could not be loaded)",
     "could not convert the deck to PDF (source file could not be loaded)"),
    ("exit 0", "pdf.failed", "ไม่สำเร็จ", "could not convert"),             # ran, but wrote no PDF
    ("/bin/sleep 30", "pdf.timeout", "นานเกิน 1 วินาที", "longer than 1 s"),
])
def test_a_missing_failing_or_hanging_libreoffice_is_a_clear_message(tmp_path, monkeypatch, script, code, th, en):
    if script is not None:
        _fake_office(tmp_path, script)
    monkeypatch.setenv("PATH", str(tmp_path))        # only the fake (or nothing) is found
    with pytest.raises(PdfError) as err:
        pptx_to_pdf(b"PK not really a deck", timeout=1)
    assert err.value.code == code
    assert th in err.value.message("th") and en in err.value.message("en")


def _running(pid: int) -> bool:
    """True while the process exists and is not a zombie (killed, waiting to be reaped)."""
    try:
        state = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")


def test_a_hanging_libreoffice_is_stopped_with_what_it_started(tmp_path, monkeypatch):
    import time

    _fake_office(tmp_path, f"/bin/sleep 30 & echo $! > {tmp_path}/child; wait")
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    with pytest.raises(PdfError):
        pptx_to_pdf(b"x", timeout=1)
    child = int((tmp_path / "child").read_text())
    for _ in range(40):                             # the kill is immediate; allow the system a moment to show it
        if not _running(child):
            break
        time.sleep(0.05)
    assert not _running(child), "the program LibreOffice started is stopped too, not left running"
