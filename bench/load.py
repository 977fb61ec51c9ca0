"""Load benchmark: page runs of 20 simultaneous Streamlit sessions against one server, with locust (headless, as a
library), on loopback only.

Each simulated session is what a browser tab does: it opens the app's websocket (/_stcore/stream), asks for a page
with a `rerun_script` BackMsg (the first by its URL path, as on landing; then, as after a click in the navigation,
by the page's script hash from the `navigation` message) and reads the ForwardMsgs until `script_finished`. One
such page run is one locust request ("page", named by the URL path); it fails when the app shows an exception or
an error box, when the page that ran is not the one asked for, when no page title arrived, or when it takes over
30 s. A session's first run also opens its websocket and is the costlier run of a new session; between two runs
a session waits 1–3 s, as a person reading the page would.

The script starts its own `streamlit run app.py` on a free loopback port with a fresh data folder and the demo data
(ITA_AUTH=none; without Streamlit's file watcher unless --watch, see bench/_stream.py), runs every page once to
warm the server up (not counted: the first run imports the demo data), puts the load on for --seconds (40 by
default, 45 at most; the runs still in flight then get up to 60 s of load in all to finish) and stops the server,
also on error. The server and the websocket sessions are bench/_stream.py's.
--url points it at a server already running on loopback instead (one without sign-in, ITA_AUTH=none, with the
demo data or other data on every page); any other address is refused (exit 2).

Run: .venv/bin/python bench/load.py [--users 20] [--seconds 40] [--watch | --url http://127.0.0.1:8501]
Target: no failed run and a p95 of at most 10 s per page run over all pages, for 20 sessions on 2 cores.
Percentiles are locust's: response times kept rounded to 2 significant digits (3,432 ms counts as 3,400 ms).
"""
from __future__ import annotations

import locust  # first: importing locust monkeypatches the standard library for gevent

# isort: split
import argparse
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import gevent
import websocket  # websocket-client
from locust.env import Environment
from locust.exception import StopUser
from locust.log import setup_logging

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.common.settings import is_loopback  # noqa: E402
from bench._stream import RUN_TIMEOUT_S, RunFailed, Session, healthy, label, streamlit_server  # noqa: E402
from ui.navigation import PAGES  # noqa: E402

# The pages a session moves between, by URL path ("" is the default page, the Overview, at "/"): the Overview and
# three analysis pages of both navigation sections.
PAGE_PATHS = ("", "weak_indicators", "comparison", "path_to_85")
TARGET_P95_MS = 10_000        # per page run, 20 sessions on 2 cores
MAX_SECONDS = 45              # of load; the runs in flight at its end get up to LOAD_WINDOW_S in all to finish
LOAD_WINDOW_S = 60
WARMUP_TIMEOUT_S = 120        # the first run of a fresh server imports and scores the demo data
THINK_S = (1.0, 3.0)          # a session's pause between two page runs
SPAWN_RATE = 10               # sessions started per second


# --- locust --------------------------------------------------------------------------------------------------------

class StreamlitSession(locust.User):
    """A person with the app open in one tab: runs a page, reads it for a moment, moves on to another page."""

    wait_time = locust.between(*THINK_S)
    closing_at = float("inf")      # monotonic time after which no page run starts (set by measure())
    hard_end = float("inf")        # monotonic time by which every page run has ended
    in_flight = 0                  # page runs under way, over all sessions
    elements: dict[str, list[int]] = {}   # URL path -> elements delivered per successful run

    def on_start(self) -> None:
        self.session: Session | None = None
        self.page: str | None = None

    def on_stop(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None

    @locust.task
    def open_page(self) -> None:
        if time.monotonic() >= StreamlitSession.closing_at:
            raise StopUser()
        url_path = random.choice([p for p in PAGE_PATHS if p != self.page])
        timeout = min(RUN_TIMEOUT_S, StreamlitSession.hard_end - time.monotonic())
        StreamlitSession.in_flight += 1
        t0 = time.perf_counter()
        run, error = None, None
        try:
            if self.session is None:
                self.session = Session(self.host, timeout=timeout)
            run = self.session.run(url_path, timeout=timeout)
        except Exception as exc:  # a failed run (or connection) is a result, not a crash of the session
            error = exc if isinstance(exc, (RunFailed, TimeoutError)) else RunFailed(f"{type(exc).__name__}: {exc}")
            self.on_stop()                         # start over with a new session: this one's state is unknown
        finally:
            StreamlitSession.in_flight -= 1
        elapsed_ms = (time.perf_counter() - t0) * 1000
        self.page = url_path
        if run is not None:
            StreamlitSession.elements.setdefault(url_path, []).append(run.elements)
        self.environment.events.request.fire(request_type="page", name=label(url_path), response_time=elapsed_ms,
                                             response_length=run.size if run else 0, exception=error, context={})


def warm_up(base_url: str) -> list[tuple[str, float, int]]:
    """Every page once in one session (the first run of a fresh server imports and scores the demo data):
    (URL path, seconds, elements) per page; RuntimeError when a page does not render."""
    out = []
    session = Session(base_url, timeout=WARMUP_TIMEOUT_S)
    try:
        for url_path in PAGE_PATHS:
            t0 = time.perf_counter()
            try:
                run = session.run(url_path, timeout=WARMUP_TIMEOUT_S)
            except (RunFailed, TimeoutError) as exc:
                raise RuntimeError(f"warm-up run of {label(url_path)} failed: {exc}") from exc
            out.append((url_path, time.perf_counter() - t0, run.elements))
    finally:
        session.close()
    return out


@dataclass
class Load:
    """A finished load phase: locust's environment (its statistics), how long it lasted and what it cost us."""
    env: Environment
    seconds: float       # wall time from the first session's start to the last run's end
    client_cpu: float    # CPU seconds of this process (the load generator), to tell it was not the bottleneck


def measure(base_url: str, users: int, seconds: float) -> Load:
    """Put `users` sessions on the server for `seconds` and let the runs under way finish (within the load
    window)."""
    env = Environment(user_classes=[StreamlitSession], host=base_url)
    runner = env.create_local_runner()
    start, cpu = time.monotonic(), time.process_time()
    StreamlitSession.closing_at = start + seconds
    StreamlitSession.hard_end = start + LOAD_WINDOW_S
    StreamlitSession.elements = {}
    runner.start(users, spawn_rate=SPAWN_RATE)
    gevent.sleep(seconds)
    while StreamlitSession.in_flight and time.monotonic() < StreamlitSession.hard_end:
        gevent.sleep(0.1)                          # the runs in flight finish (each stops itself by hard_end)
    runner.quit()
    return Load(env, time.monotonic() - start, time.process_time() - cpu)


# --- report --------------------------------------------------------------------------------------------------------

def report(load: Load, users: int) -> bool:
    """Print runs, failures, latency percentiles and throughput per page and in total; True when the target is met."""
    stats = load.env.stats
    header = f"{'page':<18}{'runs':>6}{'fail':>6}{'median':>9}{'p95':>9}{'p99':>9}{'max':>9}{'runs/s':>8}" \
             f"{'elements':>10}"
    print(header + "\n" + "-" * len(header))

    def row(name: str, entry, elements: list[int] | None) -> None:
        if not entry.num_requests:
            print(f"{name:<18}{0:>6}")
            return
        pct = entry.get_response_time_percentile
        el = f"{min(elements)}–{max(elements)}" if elements else "-"
        print(f"{name:<18}{entry.num_requests:>6}{entry.num_failures:>6}{round(entry.median_response_time):>9,}"
              f"{pct(0.95):>9,}{pct(0.99):>9,}{round(entry.max_response_time):>9,}{entry.total_rps:>8.2f}{el:>10}")

    for url_path in PAGE_PATHS:
        row(label(url_path), stats.get(label(url_path), "page"), StreamlitSession.elements.get(url_path))
    row("all pages", stats.total, [n for runs in StreamlitSession.elements.values() for n in runs])
    print("(latencies in ms, from sending rerun_script to script_finished; elements: new elements per run, min–max)")
    for error in sorted(stats.errors.values(), key=lambda e: -e.occurrences)[:10]:
        print(f"  {error.occurrences} × {error.name}: {error.error}")

    total = stats.total
    p95 = total.get_response_time_percentile(0.95) if total.num_requests else None
    ok = total.num_requests > 0 and total.num_failures == 0 and p95 <= TARGET_P95_MS
    print(f"{users} sessions for {load.seconds:.0f} s: {total.num_requests} page runs, {total.num_failures} failed, "
          f"p95 {p95 if p95 is not None else '-'} ms; the load generator used {load.client_cpu:.1f} s of CPU")
    print(f"target: no failed run and p95 ≤ {TARGET_P95_MS:,} ms per page run ({users} sessions) -> "
          f"{'OK' if ok else 'MISSED'}")
    return ok


# --- command line --------------------------------------------------------------------------------------------------

def loopback_url(url: str) -> str | None:
    """The URL without a trailing slash when it names an http(s) server on this machine, else None."""
    parts = urlsplit(url)
    try:
        _ = parts.port                             # a malformed port raises
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or not is_loopback(parts.hostname):
        return None
    if parts.username or parts.password or parts.query or parts.fragment:
        return None
    return url.rstrip("/")


def _bench(base_url: str, users: int, seconds: float) -> int:
    """Warm up, load, report: the exit code (0 target met, 1 missed or the app failed to render)."""
    try:
        warm = warm_up(base_url)
    except (RuntimeError, OSError, websocket.WebSocketException) as exc:
        print(f"warm-up failed: {exc}", file=sys.stderr)
        return 1
    print("warm-up, one session, not counted: "
          + ", ".join(f"{label(p)} {s:.2f} s ({n} elements)" for p, s, n in warm))
    print(f"load: {users} sessions, started {SPAWN_RATE}/s, a {THINK_S[0]:g}–{THINK_S[1]:g} s pause between page "
          f"runs, {seconds:g} s (runs in flight then finish within {LOAD_WINDOW_S} s)")
    return 0 if report(measure(base_url, users, seconds), users) else 1


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    server = parser.add_mutually_exclusive_group()
    server.add_argument("--url", help="an app already running on loopback, e.g. http://127.0.0.1:8501 "
                                      "(default: start one with the demo data)")
    server.add_argument("--watch", action="store_true", help="start the server with Streamlit's file watcher, as "
                                                              "make run does (default: without)")
    parser.add_argument("--users", type=int, default=20, help="simultaneous sessions (default 20, at most 100)")
    parser.add_argument("--seconds", type=float, default=40, help=f"of load (default 40, at most {MAX_SECONDS})")
    args = parser.parse_args(argv)
    if not 1 <= args.users <= 100:
        print("--users must be between 1 and 100", file=sys.stderr)
        return 2
    if not 1 <= args.seconds <= MAX_SECONDS:
        print(f"--seconds must be between 1 and {MAX_SECONDS}: the load test is bounded", file=sys.stderr)
        return 2
    if args.url is not None and loopback_url(args.url) is None:
        print(f"refused: {args.url!r} is not an http(s) URL on this machine; the load test only targets loopback "
              "addresses (127.0.0.0/8, ::1, localhost)", file=sys.stderr)
        return 2
    known = {("" if p.default else p.url_path) for p in PAGES}
    assert set(PAGE_PATHS) <= known, f"pages missing from ui/navigation.py: {set(PAGE_PATHS) - known}"

    setup_logging("WARNING")
    signal.signal(signal.SIGTERM, _interrupt)     # `kill` and `timeout` stop it as Ctrl-C does: the server with it
    if args.url is not None:
        base_url = loopback_url(args.url)
        if not healthy(base_url):
            print(f"no Streamlit server answers at {base_url}/_stcore/health", file=sys.stderr)
            return 2
        return _bench(base_url, args.users, args.seconds)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ita-load-") as tmp:
        try:
            with streamlit_server(Path(tmp), watch=args.watch) as base_url:
                print(f"server {base_url} up in {time.perf_counter() - t0:.1f} s (demo data, ITA_AUTH=none, file "
                      f"watcher {'on' if args.watch else 'off'})")
                return _bench(base_url, args.users, args.seconds)
        except RuntimeError as exc:            # the server did not start
            print(exc, file=sys.stderr)
            return 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("interrupted; the server was stopped", file=sys.stderr)
        sys.exit(130)
