"""The national benchmark's live part (bench/national.py): one real server on the national workspace, driven over
its websocket as browser tabs do: the payload of each rerun after a widget change, the server's memory over passes
across every page, and 10 sessions at the same time against one."""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from pathlib import Path

from bench._common import Report, Stats
from bench._stream import Session, server
from bench.pages import PAGE_WIDGETS

RUN_TIMEOUT_S = 300           # a cold page run on the national data may take long on a busy machine
TARGET_PAYLOAD_MB, TARGET_CONCURRENT, TARGET_RSS_PCT = 2.0, 3.0, 10.0
SESSIONS = 10
SEQUENCE = ("", "weak_indicators", "comparison", "path_to_85")   # the pages the concurrent sessions run


@contextmanager
def national_server(folder: Path):
    """A fresh server on the national workspace in folder (no demo)."""
    with server(folder, ITA_LOAD_DEMO="0") as s:
        yield s


def one_pass(url: str, paths: list[str]) -> dict[str, tuple[int, list[int], str]]:
    """One new browser tab through every page: each opened, then its widget moved to its next choice; per URL path
    (bytes of the opening run, bytes of the rerun after the widget change, what was changed)."""
    out = {}
    session = Session(url, timeout=RUN_TIMEOUT_S, browser_cache=True)
    try:
        for path in paths:
            opened = session.run(path, timeout=RUN_TIMEOUT_S).size
            key, values = PAGE_WIDGETS.get(path or "overview", ("", None))
            state = session.change(key, values)
            rerun = session.run(path, timeout=RUN_TIMEOUT_S, widgets=[state] if state else []).size
            what = "nothing" if state is None else (key if key and state.id.endswith(f"-{key}") else
                                                     "the first selectbox")
            out[path] = (opened, [rerun], what)
    finally:
        session.close()
    return out


def check_passes(report: Report, s, passes: int) -> None:
    """(b) the payload per rerun after a widget change, per page; (e) the server's RSS after each pass. The passes
    are the same (a new tab doing the same things), so memory that grows from one to the next is memory the server
    keeps for nothing new: after the first pass every view asked for is already kept."""
    from ui.navigation import PAGES

    paths = ["" if p.default else p.url_path for p in PAGES]
    sizes: dict[str, tuple[int, list[int], str]] = {}
    rss = []
    for k in range(passes):
        t0 = time.perf_counter()
        for path, (opened, reruns, what) in one_pass(s.url, paths).items():
            first, before, _ = sizes.get(path, (opened, [], what))
            sizes[path] = (first, before + reruns, what)
        rss.append(s.rss())
        report.info(f"pass {k + 1} over every page (open, change a widget)", f"{time.perf_counter() - t0:.1f} s; "
                    f"server RSS {rss[-1] / 1e6:,.0f} MB")
    for path, (opened, reruns, what) in sizes.items():
        report.check(f"{path or 'overview'}: websocket payload per rerun after a widget change ({what})",
                     Stats.of([r / 1e6 for r in reruns]), "≤", TARGET_PAYLOAD_MB, unit=" MB", on="max",
                     note=f"opening the page {opened / 1e6:.2f} MB")
    change = max(abs(r - rss[0]) for r in rss) / rss[0] * 100
    report.check(f"server memory flat over {passes} passes (largest change from the first)", change, "≤",
                 TARGET_RSS_PCT, unit=" %", fmt=".1f",
                 note="RSS after each pass " + ", ".join(f"{r / 1e6:,.0f}" for r in rss) + " MB")


def _sequence(session: Session, times: list[float]) -> None:
    for path in SEQUENCE:
        t0 = time.perf_counter()
        session.run(path, timeout=RUN_TIMEOUT_S)
        times.append(time.perf_counter() - t0)


def check_concurrent(report: Report, url: str, n: int = SESSIONS) -> None:
    """(d) page runs of one session alone, then of n sessions at the same time (each warmed up first, alone)."""
    alone: list[float] = []
    session = Session(url, timeout=RUN_TIMEOUT_S)
    try:
        _sequence(session, [])                   # warm-up: the views of these pages, kept by the server
        for _ in range(2):
            _sequence(session, alone)
    finally:
        session.close()
    sessions = [Session(url, timeout=RUN_TIMEOUT_S) for _ in range(n)]
    together: list[list[float]] = [[] for _ in range(n)]
    errors: list[str] = []
    start = threading.Barrier(n)

    def tab(i: int) -> None:
        try:
            _sequence(sessions[i], [])           # each session's own first runs, not counted
            start.wait()
            _sequence(sessions[i], together[i])
        except Exception as exc:  # a failed session is reported, the others finish
            errors.append(f"{type(exc).__name__}: {str(exc)[:160]}")
            start.abort()

    threads = [threading.Thread(target=tab, args=(i,)) for i in range(n)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    for s in sessions:
        s.close()
    if errors:
        report.fail(f"{n} concurrent sessions", errors[0])
        return
    one, many = Stats.of(alone), Stats.of([t for ts in together for t in ts])
    report.check(f"{n} sessions at the same time ÷ one session alone, median page run", many.median / one.median,
                 "≤", TARGET_CONCURRENT, unit=" ×",
                 note=f"one alone: median {one.median:.2f} s; {n} together: median {many.median:.2f} s, max "
                      f"{many.max:.2f} s ({len(many.values)} runs of {', '.join('/' + p for p in SEQUENCE)}; "
                      f"{wall:.0f} s with their warm-up)")


def check_server(report: Report, folder: Path, passes: int) -> None:
    """(b), (e) and (d) on one fresh server."""
    try:
        with national_server(folder) as s:
            report.info("server RSS at start (before any session)", f"{s.rss() / 1e6:,.0f} MB")
            check_passes(report, s, passes)
            check_concurrent(report, s.url)
    except Exception as exc:  # a server that failed to start or a page that failed: a miss, the rest still runs
        report.fail("national server", f"{type(exc).__name__}: {str(exc)[:200]}")
