"""AppTest of the meeting-pack page: the pack is built on click with its PowerPoint and Excel downloads, and the PDF
is made only when asked for — or its button is shown disabled with a note where LibreOffice is not installed."""
from __future__ import annotations

import shutil

import pytest

from analysis.common.text import t
from tests.apptest_support import open_app, page_path


def labels(at, kind: str) -> list[str]:
    return [e.proto.label for e in at.get(kind)]


def built(monkeypatch, office: str | None):
    """The page after the build button was clicked, with LibreOffice found at `office` (None: not installed)."""
    import analysis.export.pack as pack

    monkeypatch.setattr(pack, "office", lambda: office)
    from ui import cache

    cache.forget()                                # the page's view (whether a PDF can be made) is made afresh
    at = open_app(page_path("meeting_pack"))
    assert not at.exception, [e.value for e in at.exception]
    next(b for b in at.button if b.label == t("pack.build")).click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert labels(at, "download_button")[:2] == [t("pack.download_pptx"), t("pack.download_xlsx")]
    return at


def test_without_libreoffice_the_pdf_button_is_disabled_with_a_note(workspace_env, monkeypatch):
    at = built(monkeypatch, None)
    pdf = next(b for b in at.button if b.label == t("pack.build_pdf"))
    assert pdf.disabled
    assert t("pack.pdf_unavailable") in [c.value for c in at.caption]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_pdf_is_made_when_asked_for_and_offered_for_download(workspace_env, monkeypatch):
    at = built(monkeypatch, shutil.which("soffice"))
    assert t("pack.download_pdf") not in labels(at, "download_button"), "not made before it is asked for"
    pdf = next(b for b in at.button if b.label == t("pack.build_pdf"))
    assert not pdf.disabled
    pdf.click().run(timeout=180)
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert labels(at, "download_button") == [t("pack.download_pptx"), t("pack.download_xlsx"), t("pack.download_pdf")]
