"""The app as the benchmarks drive it from outside: a `streamlit run` server of its own on loopback, and browser
sessions over Streamlit's websocket protocol (bench/load.py, bench/national.py).

A Session is what a browser tab does: it opens the app's websocket (/_stcore/stream), asks for a page with a
`rerun_script` BackMsg (the first by its URL path, as on landing; then by the page's script hash from the
`navigation` message) and reads the ForwardMsgs until `script_finished`. With browser_cache it also keeps the large
messages as the browser does and names them in each request (Streamlit then sends a reference instead of a message
the tab already has), and change() moves one widget of the page just run to another choice, as a click does.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import websocket  # websocket-client
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.RootContainer_pb2 import MAIN
from streamlit.proto.WidgetStates_pb2 import WidgetState

ROOT = Path(__file__).resolve().parent.parent
RUN_TIMEOUT_S = 30            # a run still without script_finished then is a failure
START_SECONDS = 90            # for the server to answer /_stcore/health

# urllib without proxies: the health check must go to the loopback address itself, whatever the environment says
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


# --- the server ----------------------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(base_url: str) -> bool:
    try:
        with _DIRECT.open(f"{base_url}/_stcore/health", timeout=2) as r:
            return r.status == 200 and r.read().strip() == b"ok"
    except OSError:
        return False


def _start(data_dir: Path, port: int, watch: bool, env_extra: dict[str, str]) -> subprocess.Popen | None:
    """`streamlit run app.py` on port once its health endpoint says ok; None when the port was taken meanwhile
    (as tests/browser_support.py starts it, without pytest), with .streamlit/config.toml as `make run` has it; the
    demo data and no sign-in unless env_extra says otherwise.

    Without Streamlit's file watcher unless watch: with it, each new session's first run costs about 0.3 s more
    (the session's own watcher registers every module), and a source file saved during the load (an edit in this
    checkout) evicts the app's modules under the sessions still running, whose runs then fail with a KeyError."""
    env = {**os.environ, "ITA_DATA_DIR": str(data_dir), "ITA_LOAD_DEMO": "1", "ITA_AUTH": "none"}
    env.pop("ITA_DATABASE_URL", None)
    env.update(env_extra)
    log_path = data_dir / f"server-{port}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ui.serve", "run", "app.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
             *([] if watch else ["--server.fileWatcherType", "none"])],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if healthy(f"http://127.0.0.1:{port}"):
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


@dataclass(frozen=True)
class Server:
    url: str
    pid: int

    def rss(self) -> int:
        """Resident memory of the server process, in bytes."""
        import psutil

        return psutil.Process(self.pid).memory_info().rss


@contextmanager
def server(data_dir: Path, watch: bool = False, **env_extra: str):
    """The app running on a loopback port (a port taken between choosing and binding is retried), yielded as a
    Server; stopped on the way out, whatever happened. env_extra: more environment (e.g. ITA_LOAD_DEMO="0")."""
    data_dir.mkdir(parents=True, exist_ok=True)
    for _ in range(5):
        port = _free_port()
        proc = _start(data_dir, port, watch, env_extra)
        if proc is not None:
            break
    else:
        raise RuntimeError("no free port for streamlit after 5 tries")
    try:
        yield Server(f"http://127.0.0.1:{port}", proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def streamlit_server(data_dir: Path, watch: bool = False, **env_extra: str):
    """server(), its URL yielded."""
    with server(data_dir, watch, **env_extra) as s:
        yield s.url


# --- one browser session over the websocket ------------------------------------------------------------------------

def label(url_path: str) -> str:
    return f"/{url_path}"


class RunFailed(Exception):
    """A page run that did not deliver its page (the message says what went wrong)."""


@dataclass
class Run:
    """What one page run delivered."""
    elements: int        # new elements of the final script run (main area and sidebar)
    size: int            # bytes of ForwardMsgs received


@dataclass
class Widget:
    """A widget of the main area as the last run drew it: its id, kind, choices (labels) and current choice."""
    id: str
    kind: str            # selectbox | checkbox | toggle | button_group
    options: list[str] = field(default_factory=list)
    value: object = None
    in_form: bool = False


def _widget(element) -> Widget | None:
    kind = element.WhichOneof("type")
    if kind == "selectbox":
        box = element.selectbox
        current = box.raw_value if box.set_value else (box.options[box.default] if box.options else None)
        return Widget(box.id, kind, list(box.options), current, bool(box.form_id))
    if kind == "checkbox":
        return Widget(element.checkbox.id, kind, [], element.checkbox.value if element.checkbox.set_value
                      else element.checkbox.default, bool(element.checkbox.form_id))
    if kind == "button_group":
        group = element.button_group
        options = [o.content for o in group.options]
        if group.set_value:
            current = group.raw_values[0] if group.raw_values else None
        else:
            current = options[group.default[0]] if group.default else None
        return Widget(group.id, kind, options, current, bool(group.form_id))
    return None


class Session:
    """A Streamlit session as the browser drives it: one websocket, page runs one after the other."""

    def __init__(self, base_url: str, timeout: float = RUN_TIMEOUT_S, browser_cache: bool = False):
        parts = urlsplit(base_url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        self.base_url = base_url
        self.page_hashes: dict[str, str] = {}     # URL path -> page script hash, from the navigation message
        self.widgets: dict[str, Widget] = {}      # id -> the main area's widgets of the last run
        self.browser_cache = browser_cache
        self.cache: dict[str, ForwardMsg] = {}    # hash -> a cacheable message received (browser_cache only)
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

    def _request(self, url_path: str, widgets: list[WidgetState] = ()) -> bytes:
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
        state.widget_states.widgets.extend(widgets)
        if self.browser_cache:
            state.cached_message_hashes.extend(self.cache)
        return msg.SerializeToString()

    def change(self, key: str | None, values: tuple | None = None, i: int = 0) -> WidgetState | None:
        """The state of the widget whose key is `key` (else the first selectbox of the main area with a second
        choice) moved to another choice, as a click would leave it: values[i] (labels) when given, else the next
        choice; None when the page has no such widget."""
        candidates = [w for w in self.widgets.values() if not w.in_form]
        found = next((w for w in candidates if key and w.id.endswith(f"-{key}")), None)
        if found is None:
            found = next((w for w in candidates if w.kind == "selectbox" and len(w.options) >= 2), None)
        if found is None or (found.kind != "checkbox" and len(found.options) < 2):
            return None
        state = WidgetState(id=found.id)
        if found.kind == "checkbox":
            state.bool_value = not found.value
            return state
        now = found.options.index(found.value) if found.value in found.options else 0
        choice = values[i % len(values)] if values else found.options[(now + 1) % len(found.options)]
        if found.kind == "selectbox":
            state.string_value = choice
        else:
            state.string_array_value.data.append(choice)
        return state

    def run(self, url_path: str, timeout: float = RUN_TIMEOUT_S, widgets: list[WidgetState] = ()) -> Run:
        """Ask for a page (with these widget states) and read the ForwardMsgs until its script has finished;
        RunFailed when the page did not render cleanly, TimeoutError after timeout seconds."""
        self.ws.send_binary(self._request(url_path, widgets))
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
            msg = self._remembered(msg)
            if msg.WhichOneof("type") == "navigation":     # the app's pages, and the one this run executes
                self.page_hashes = {("" if p.is_default else p.url_pathname): p.page_script_hash
                                    for p in msg.navigation.app_pages}
            if seen.take(msg, url_path):
                break
        if seen.ran_hash is None or seen.ran_hash != self.page_hashes.get(url_path):
            raise RunFailed(f"ran page {seen.ran_hash!r} instead of {label(url_path)!r}")
        if not seen.titled:
            raise RunFailed(f"no page title among {seen.elements} elements")
        self.widgets = seen.widgets
        return Run(seen.elements, seen.size)

    def _remembered(self, msg: ForwardMsg) -> ForwardMsg:
        """With browser_cache: a cacheable message kept, a reference to a kept one replaced by it (its metadata,
        where it goes, from the reference)."""
        if not self.browser_cache:
            return msg
        if msg.metadata.cacheable and msg.hash:
            self.cache[msg.hash] = msg
        elif msg.WhichOneof("type") == "ref_hash" and msg.ref_hash in self.cache:
            full = ForwardMsg()
            full.CopyFrom(self.cache[msg.ref_hash])
            full.metadata.CopyFrom(msg.metadata)
            return full
        return msg


@dataclass
class _Seen:
    """What the ForwardMsgs of one page run have shown so far."""
    elements: int = 0            # new elements since the last new_session
    size: int = 0                # bytes received
    titled: bool = False         # a heading (the page's st.title) arrived in the main area
    ran_hash: str | None = None  # the page the navigation message says this run executes
    widgets: dict[str, Widget] = field(default_factory=dict)

    def take(self, msg: ForwardMsg, url_path: str) -> bool:
        """Note one ForwardMsg; True once the script has finished successfully, RunFailed when the app shows a
        failure (an exception, an error box, a page not found, a script that does not compile)."""
        kind = msg.WhichOneof("type")
        if kind == "new_session":                  # a script run starts (again, after a st.rerun): count anew
            self.elements, self.titled, self.ran_hash, self.widgets = 0, False, None, {}
        elif kind == "navigation":
            self.ran_hash = msg.navigation.page_script_hash
        elif kind == "page_not_found":
            raise RunFailed(f"page not found: {label(url_path)!r}")
        elif kind == "session_event" and msg.session_event.HasField("script_compilation_exception"):
            exc = msg.session_event.script_compilation_exception
            raise RunFailed(f"script does not compile: {exc.type}: {exc.message}")
        elif kind == "ref_hash" or (kind == "delta" and msg.delta.WhichOneof("type") == "new_element"):
            self.elements += 1                     # (other deltas: blocks such as columns, chart data additions)
            self._element(msg)
        elif kind == "script_finished":
            status = msg.script_finished
            if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                return False                       # st.rerun: the next run follows on its own
            if status != ForwardMsg.FINISHED_SUCCESSFULLY:
                raise RunFailed(f"script finished with status {ForwardMsg.ScriptFinishedStatus.Name(status)}")
            return True
        return False

    def _element(self, msg: ForwardMsg) -> None:
        element = msg.delta.new_element            # empty for a reference the session did not keep
        shown = element.WhichOneof("type")
        if shown == "exception":
            raise RunFailed(f"exception shown: {element.exception.type}: {element.exception.message:.200}")
        if shown == "alert" and element.alert.format == Alert.ERROR:
            raise RunFailed(f"error shown: {element.alert.body:.200}")
        in_main = msg.metadata.delta_path[:1] == [MAIN]
        if shown == "heading" and in_main:
            self.titled = True
        if in_main and (widget := _widget(element)) is not None:
            self.widgets[widget.id] = widget
