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
(ITA_AUTH=none; without Streamlit's file watcher unless --watch, see _start), runs every page once to warm the
server up (not counted: the first run imports the demo data), puts the load on for --seconds (40 by default, 45 at
most; the runs still in flight then get up to 60 s of load in all to finish) and stops the server, also on error.
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
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import gevent
import websocket  # websocket-client
from locust.env import Environment
from locust.exception import StopUser
from locust.log import setup_logging
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.RootContainer_pb2 import MAIN

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.common.settings import is_loopback  # noqa: E402
from ui.navigation import PAGES  # noqa: E402

# The pages a session moves between, by URL path ("" is the default page, the Overview, at "/"): the Overview and
# three analysis pages of both navigation sections.
PAGE_PATHS = ("", "weak_indicators", "comparison", "path_to_85")
TARGET_P95_MS = 10_000        # per page run, 20 sessions on 2 cores
RUN_TIMEOUT_S = 30            # a run still without script_finished then is a failure
MAX_SECONDS = 45              # of load; the runs in flight at its end get up to LOAD_WINDOW_S in all to finish
LOAD_WINDOW_S = 60
WARMUP_TIMEOUT_S = 120        # the first run of a fresh server imports and scores the demo data
THINK_S = (1.0, 3.0)          # a session's pause between two page runs
START_SECONDS = 90            # for the server to answer /_stcore/health
SPAWN_RATE = 10               # sessions started per second

# urllib without proxies: the health check must go to the loopback address itself, whatever the environment says
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


# --- the server ----------------------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(base_url: str) -> bool:
    try:
        with _DIRECT.open(f"{base_url}/_stcore/health", timeout=2) as r:
            return r.status == 200 and r.read().strip() == b"ok"
    except OSError:
        return False


def _start(data_dir: Path, port: int, watch: bool) -> subprocess.Popen | None:
    """`streamlit run app.py` on port once its health endpoint says ok; None when the port was taken meanwhile
    (as tests/browser_support.py starts it, without pytest), with .streamlit/config.toml as `make run` has it.

    Without Streamlit's file watcher unless watch: with it, each new session's first run costs about 0.3 s more
    (the session's own watcher registers every module), and a source file saved during the load (an edit in this
    checkout) evicts the app's modules under the sessions still running, whose runs then fail with a KeyError."""
    env = {**os.environ, "ITA_DATA_DIR": str(data_dir), "ITA_LOAD_DEMO": "1", "ITA_AUTH": "none"}
    env.pop("ITA_DATABASE_URL", None)
    log_path = data_dir / f"server-{port}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ui.serve", "run", "app.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
             *([] if watch else ["--server.fileWatcherType", "none"])],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if _healthy(f"http://127.0.0.1:{port}"):
            return proc
        if proc.poll() is not None:
            text = log_path.read_text(errors="replace")
            if "already in use" in text:
                return None
            raise RuntimeError(f"streamlit exited with {proc.returncode}: {text[-2000:]}")
        time.sleep(0.3)
    proc.kill()
    proc.wait()
    raise RuntimeError(f"streamlit did not answer /_stcore/health in {START_SECONDS} s: "
                       + log_path.read_text(errors="replace")[-2000:])


@contextmanager
def streamlit_server(data_dir: Path, watch: bool = False):
    """The app running on a loopback port (a port taken between choosing and binding is retried), its URL yielded;
    stopped on the way out, whatever happened."""
    for _ in range(5):
        port = _free_port()
        proc = _start(data_dir, port, watch)
        if proc is not None:
            break
    else:
        raise RuntimeError("no free port for streamlit after 5 tries")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# --- one browser session over the websocket ------------------------------------------------------------------------

class RunFailed(Exception):
    """A page run that did not deliver its page (the message says what went wrong)."""


@dataclass
class Run:
    """What one page run delivered."""
    elements: int        # new elements of the final script run (main area and sidebar)
    size: int            # bytes of ForwardMsgs received


class Session:
    """A Streamlit session as the browser drives it: one websocket, page runs one after the other."""

    def __init__(self, base_url: str, timeout: float = RUN_TIMEOUT_S):
        parts = urlsplit(base_url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        self.base_url = base_url
        self.page_hashes: dict[str, str] = {}     # URL path -> page script hash, from the navigation message
        # "streamlit" is the subprotocol the frontend asks for (its next entries, an XSRF token for sign-in cookies
        # and a session id to resume, are not needed for a fresh anonymous session). Same-origin Origin header.
        self.ws = websocket.create_connection(f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}/_stcore/stream",
                                              subprotocols=["streamlit"], timeout=timeout,
                                              http_no_proxy=[parts.hostname])

    def close(self) -> None:
        try:
            self.ws.close()
        except (OSError, websocket.WebSocketException):
            pass

    def _request(self, url_path: str) -> bytes:
        """The rerun_script BackMsg for a page: by its script hash once navigation named it, else by its URL path
        (as a browser landing on /<url_path> does; "" runs the default page)."""
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = ""
        if url_path in self.page_hashes:
            state.page_script_hash = self.page_hashes[url_path]
        else:
            state.page_name = url_path
        info = state.context_info                  # what the browser reports about itself
        info.timezone, info.timezone_offset, info.locale = "Asia/Bangkok", -420, "th-TH"
        info.url = f"{self.base_url}/{url_path}"
        return msg.SerializeToString()

    def run(self, url_path: str, timeout: float = RUN_TIMEOUT_S) -> Run:
        """Ask for a page and read the ForwardMsgs until its script has finished; RunFailed when the page did not
        render cleanly, TimeoutError after timeout seconds."""
        self.ws.send_binary(self._request(url_path))
        deadline = time.monotonic() + timeout
        seen = _Seen()
        while True:
            left = deadline - time.monotonic()
            try:
                if left <= 0:
                    raise websocket.WebSocketTimeoutException()
                self.ws.settimeout(left)
                frame = self.ws.recv()
            except websocket.WebSocketTimeoutException:
                raise TimeoutError(f"no script_finished after {timeout:.0f} s") from None
            if not isinstance(frame, bytes) or not frame:
                raise RunFailed(f"unexpected websocket frame {frame!r:.80}")
            seen.size += len(frame)
            msg = ForwardMsg()
            msg.ParseFromString(frame)
            if msg.WhichOneof("type") == "navigation":     # the app's pages, and the one this run executes
                self.page_hashes = {("" if p.is_default else p.url_pathname): p.page_script_hash
                                    for p in msg.navigation.app_pages}
            if seen.take(msg, url_path):
                break
        if seen.ran_hash is None or seen.ran_hash != self.page_hashes.get(url_path):
            raise RunFailed(f"ran page {seen.ran_hash!r} instead of {label(url_path)!r}")
        if not seen.titled:
            raise RunFailed(f"no page title among {seen.elements} elements")
        return Run(seen.elements, seen.size)


@dataclass
class _Seen:
    """What the ForwardMsgs of one page run have shown so far."""
    elements: int = 0            # new elements since the last new_session
    size: int = 0                # bytes received
    titled: bool = False         # a heading (the page's st.title) arrived in the main area
    ran_hash: str | None = None  # the page the navigation message says this run executes

    def take(self, msg: ForwardMsg, url_path: str) -> bool:
        """Note one ForwardMsg; True once the script has finished successfully, RunFailed when the app shows a
        failure (an exception, an error box, a page not found, a script that does not compile)."""
        kind = msg.WhichOneof("type")
        if kind == "new_session":                  # a script run starts (again, after a st.rerun): count anew
            self.elements, self.titled, self.ran_hash = 0, False, None
        elif kind == "navigation":
            self.ran_hash = msg.navigation.page_script_hash
        elif kind == "page_not_found":
            raise RunFailed(f"page not found: {label(url_path)!r}")
        elif kind == "session_event" and msg.session_event.HasField("script_compilation_exception"):
            exc = msg.session_event.script_compilation_exception
            raise RunFailed(f"script does not compile: {exc.type}: {exc.message}")
        elif kind == "ref_hash" or (kind == "delta" and msg.delta.WhichOneof("type") == "new_element"):
            self.elements += 1                     # (other deltas: blocks such as columns, chart data additions)
            element = msg.delta.new_element
            shown = element.WhichOneof("type")
            if shown == "exception":
                raise RunFailed(f"exception shown: {element.exception.type}: {element.exception.message:.200}")
            if shown == "alert" and element.alert.format == Alert.ERROR:
                raise RunFailed(f"error shown: {element.alert.body:.200}")
            if shown == "heading" and msg.metadata.delta_path[:1] == [MAIN]:
                self.titled = True
        elif kind == "script_finished":
            status = msg.script_finished
            if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                return False                       # st.rerun: the next run follows on its own
            if status != ForwardMsg.FINISHED_SUCCESSFULLY:
                raise RunFailed(f"script finished with status {ForwardMsg.ScriptFinishedStatus.Name(status)}")
            return True
        return False


# --- locust --------------------------------------------------------------------------------------------------------

def label(url_path: str) -> str:
    return f"/{url_path}"


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
        if not _healthy(base_url):
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
