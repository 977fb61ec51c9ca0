"""Evidence link check (issue 12.4): the HTTP status of one unit's evidence URLs, opt-in, bounded and SSRF-safe.

Rules, in the order they are applied to each URL (the given text, stripped):

- blank → outcome "error", reason evidence.blank (kept in the result so it lines up with the input);
- not a URL with a host (or a bad port / host name) → "error", evidence.bad_url;
- a scheme other than http/https → "refused", evidence.scheme; a host not covered by the host list → "refused",
  evidence.host_not_listed (evidence.no_hosts when the list is empty). A list entry covers itself and its
  subdomains (bangkok.go.th covers www.bangkok.go.th, not evilbangkok.go.th). No lookup, no request;
- the same URL twice → checked once, the same LinkCheck repeated;
- beyond max_requests → "error", evidence.limit. max_requests counts HTTP requests actually sent: each URL that
  passes the rules above reserves one (in the order given); the GET after a HEAD answered 405/501 needs a second
  one from what is left, else that URL ends as evidence.limit too. Refused URLs cost nothing;
- the host is resolved once; when ANY of its addresses is private, loopback, link-local, multicast, reserved,
  unspecified or shared (IPv4, IPv6, and IPv4 inside IPv6: mapped, 6to4, NAT64) → "refused", evidence.local_address,
  unless allow_local. The connection goes to the checked address (no second lookup: no DNS rebinding), the Host
  header and TLS server name are the URL's host, TLS certificates are verified. Proxies (HTTP(S)_PROXY) are not used;
- HEAD (GET when HEAD is answered 405/501; the body is never read): 2xx and other 3xx "ok"; 301/302/303/307/308
  "moved" with final_url = the Location header resolved against the URL (never followed); 4xx/5xx "broken";
- no answer in time → "timeout" (evidence.slow); refused connection, unknown host, TLS failure, anything else on
  the way → "error" (evidence.connection_refused, evidence.dns, evidence.tls, evidence.network, evidence.bad_response).

Time: each request has `timeout` seconds to connect and `timeout` seconds for each read, and a watchdog ends it
2 × `timeout` after it started whatever the server does (one that drips bytes too); the whole call returns within
`total_timeout` seconds: what is not finished by then is "timeout", evidence.total_timeout (a request still under
way ends on its own bound, in the background; requests not yet started are not sent).
"""
from __future__ import annotations

import functools
import http.client
import re
import socket
import ssl
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import quote, urljoin, urlsplit

from analysis.common import settings
from analysis.common.text import msg, t
from analysis.ita.evidence_hosts import host_allowed, ip_of, is_public_address, normal_host

__all__ = ["OUTCOMES", "LinkCheck", "check_links", "host_allowed", "is_public_address"]

OUTCOMES = ("ok", "broken", "moved", "timeout", "refused", "error")
REDIRECTS = frozenset({301, 302, 303, 307, 308})
HEAD_NOT_ALLOWED = frozenset({405, 501})
USER_AGENT = "ita-dashboard-evidence-check/1.0"
_HOST_NAME = re.compile(r"[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*")


@dataclass(frozen=True)
class LinkCheck:
    """The check of one URL: outcome (one of OUTCOMES), the HTTP status when there was an answer, where a redirect
    points ("" otherwise), when it was checked (UTC), and for refusals, errors and timeouts a catalogue code with
    its parameters saying why ("" and {} for ok, broken and moved)."""
    url: str
    outcome: str
    http_status: int | None
    final_url: str
    checked_at: datetime
    reason: str = ""
    params: dict = field(default_factory=dict, hash=False)

    def message(self, lang: str = "th") -> str:
        """The outcome in words: 'ใช้ได้ (200)', 'ลิงก์เสีย (404)', 'ย้ายไปที่ … (301)', 'หมดเวลา: …', 'ไม่ตรวจ: …'."""
        if self.outcome == "ok":
            return t("evidence.ok", lang, status=self.http_status)
        if self.outcome == "broken":
            return t("evidence.broken", lang, status=self.http_status)
        if self.outcome == "moved":
            if not self.final_url:
                return t("evidence.moved_nowhere", lang, status=self.http_status)
            return t("evidence.moved", lang, target=self.final_url, status=self.http_status)
        why = msg(self.reason or "evidence.network", **self.params)
        if self.outcome == "timeout":
            return t("evidence.timeout", lang, why=why)
        if self.outcome == "refused":
            return t("evidence.refused", lang, why=why)
        return t("evidence.error", lang, why=why)


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str          # ASCII (IDNA), lower case, no brackets: what goes in the Host header and the TLS name
    port: int
    path: str          # path and query, percent-encoded


@dataclass(frozen=True)
class _Verdict:        # a result decided without a request
    outcome: str
    reason: str
    params: dict = field(default_factory=dict)


class _Budget:
    """The requests one call may still send (shared by the worker threads)."""

    def __init__(self, limit: int):
        self.limit = limit
        self._left, self._lock = limit, threading.Lock()

    def take(self) -> bool:
        with self._lock:
            if self._left <= 0:
                return False
            self._left -= 1
            return True


class _Overrun(Exception):
    """A request went past its hard time bound (the watchdog closed its socket)."""


def _screen(text: str, hosts: list[str]) -> _Target | _Verdict:
    """The target of a URL, or the verdict when the rules refuse it without a lookup."""
    if not text:
        return _Verdict("error", "evidence.blank")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return _Verdict("error", "evidence.bad_url")
    scheme = parts.scheme.lower()
    if scheme and scheme not in ("http", "https"):
        return _Verdict("refused", "evidence.scheme", {"scheme": scheme})
    host = normal_host(parts.hostname or "")
    if not scheme or not host or not (ip_of(host) is not None or _HOST_NAME.fullmatch(host)):
        return _Verdict("error", "evidence.bad_url")
    if not hosts:
        return _Verdict("refused", "evidence.no_hosts")
    if not host_allowed(host, hosts):
        return _Verdict("refused", "evidence.host_not_listed", {"host": host})
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    if parts.query:
        path += "?" + quote(parts.query, safe="/?%:@!$&'()*+,;=-._~")
    return _Target(scheme, host, port or (443 if scheme == "https" else 80), path)


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to addresses already resolved and checked (the host name is used for the Host header)."""

    def __init__(self, target: _Target, addresses: list, timeout: float):
        super().__init__(target.host, target.port, timeout=timeout)
        self._addresses = addresses

    def connect(self):
        last: OSError = OSError("no address")
        for family, kind, proto, _, sockaddr in self._addresses:
            sock = socket.socket(family, kind, proto)
            sock.settimeout(self.timeout)
            try:
                sock.connect(sockaddr)
            except TimeoutError:
                sock.close()
                raise
            except OSError as exc:           # e.g. an IPv6 address without a route: try the next one
                sock.close()
                last = exc
                continue
            self.sock = sock
            return
        raise last


class _PinnedHTTPS(_PinnedHTTP):
    default_port = 443

    def connect(self):
        super().connect()
        self.sock = _tls_context().wrap_socket(self.sock, server_hostname=self.host)


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """The system's trusted certificates, host names verified."""
    return ssl.create_default_context()


def _exchange(method: str, target: _Target, addresses: list, timeout: float) -> tuple[int, str]:
    """(status, Location header) of one request; a watchdog closes its socket 2 × timeout after it started."""
    kind = _PinnedHTTPS if target.scheme == "https" else _PinnedHTTP
    conn = kind(target, addresses, timeout)
    fired = threading.Event()

    def stop():
        fired.set()
        sock = conn.sock
        if sock is not None:
            try:
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass

    watchdog = threading.Timer(2 * timeout, stop)
    watchdog.daemon = True
    watchdog.start()
    try:
        conn.connect()
        conn.request(method, target.path, headers={"User-Agent": USER_AGENT, "Accept": "*/*",
                                                   "Connection": "close"})
        answer = conn.getresponse()
        if fired.is_set():                  # cut off mid-answer: the headers read so far end early, not in error
            raise _Overrun
        return answer.status, answer.getheader("Location") or ""
    except Exception as exc:
        if fired.is_set():
            raise _Overrun from exc
        raise
    finally:
        watchdog.cancel()
        conn.close()


def _failure(exc: BaseException, timeout: float) -> tuple[str, str, dict]:
    """(outcome, reason, params) of a request that raised."""
    if isinstance(exc, (TimeoutError, _Overrun)):
        return "timeout", "evidence.slow", {"seconds": timeout}
    if isinstance(exc, ConnectionRefusedError):
        return "error", "evidence.connection_refused", {}
    if isinstance(exc, ssl.SSLError):
        return "error", "evidence.tls", {}
    if isinstance(exc, http.client.HTTPException):
        return "error", "evidence.bad_response", {}
    return "error", "evidence.network", {}


def _classify(url: str, status: int, location: str) -> tuple[str, str]:
    """(outcome, final_url) of an HTTP answer."""
    if status in REDIRECTS:
        return "moved", urljoin(url, location) if location else ""
    if 200 <= status < 400:
        return "ok", ""
    if 400 <= status < 600:
        return "broken", ""
    return "error", ""


def _check(url: str, target: _Target, allow_local: bool, timeout: float, budget: _Budget, stamp) -> LinkCheck:
    """The check of one URL whose first request is already reserved."""
    def done(outcome, status=None, final="", reason="", params=None):
        return LinkCheck(url, outcome, status, final, stamp(), reason, params or {})

    try:
        addresses = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError, ValueError):
        return done("error", reason="evidence.dns", params={"host": target.host})
    local = [info[4][0] for info in addresses if not is_public_address(str(info[4][0]))]
    if local and not allow_local:
        return done("refused", reason="evidence.local_address", params={"address": str(local[0])})
    try:
        status, location = _exchange("HEAD", target, addresses, timeout)
        if status in HEAD_NOT_ALLOWED:
            if not budget.take():
                return done("error", reason="evidence.limit", params={"limit": budget.limit})
            status, location = _exchange("GET", target, addresses, timeout)
    except Exception as exc:                # every failure on the way is a result, never a traceback
        outcome, reason, params = _failure(exc, timeout)
        return done(outcome, reason=reason, params=params)
    outcome, final = _classify(url, status, location)
    if outcome == "error":
        return done("error", status, reason="evidence.bad_response")
    return done(outcome, status, final)


def _stamper(now: datetime | None):
    if now is None:
        return lambda: datetime.now(timezone.utc)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    fixed = now.astimezone(timezone.utc)
    return lambda: fixed


def check_links(urls: Iterable[str], *, hosts: Iterable[str] | None = None, allow_local: bool | None = None,
                timeout: float = 5.0, max_requests: int = 50, workers: int = 4, total_timeout: float = 30.0,
                now: datetime | None = None) -> list[LinkCheck]:
    """One LinkCheck per given URL, in the order given (see the module docstring for the rules).

    hosts: the hosts whose links may be checked (default: the setting ITA_EVIDENCE_HOSTS, comma-separated);
    allow_local: also reach private/loopback addresses (default: ITA_EVIDENCE_ALLOW_LOCAL == "1"; tests only);
    timeout: per request, seconds to connect and for each read (cut off at 2 × timeout in all);
    max_requests: HTTP requests in this call (HEAD and the GET after a HEAD answered 405/501 count one each);
    workers: requests at the same time; total_timeout: seconds for the whole call; now: the checked_at of every
    result (timezone-aware) instead of the time each was decided."""
    if timeout <= 0 or total_timeout <= 0 or workers < 1 or max_requests < 0:
        raise ValueError("timeout and total_timeout must be > 0, workers >= 1, max_requests >= 0")
    started = time.monotonic()
    stamp = _stamper(now)
    configured = settings.get("ITA_EVIDENCE_HOSTS")
    host_list = ([] if configured.strip().lower() == "none" else configured.split(",")) if hosts is None else list(hosts)
    host_list = [h for h in map(normal_host, host_list) if h]
    if allow_local is None:
        allow_local = settings.get("ITA_EVIDENCE_ALLOW_LOCAL").strip() == "1"
    texts = [urls.strip()] if isinstance(urls, str) else ["" if u is None else str(u).strip() for u in urls]

    budget = _Budget(max_requests)
    results: dict[str, LinkCheck] = {}
    jobs: list[tuple[str, _Target]] = []
    for text in dict.fromkeys(texts):
        screened = _screen(text, host_list)
        if isinstance(screened, _Verdict):
            results[text] = LinkCheck(text, screened.outcome, None, "", stamp(), screened.reason, screened.params)
        elif budget.take():
            jobs.append((text, screened))
        else:
            results[text] = LinkCheck(text, "error", None, "", stamp(), "evidence.limit", {"limit": max_requests})
    if jobs:
        results.update(_run(jobs, allow_local, timeout, budget, stamp, workers,
                            total_timeout - (time.monotonic() - started), total_timeout))
    return [results[text] for text in texts]


def _run(jobs, allow_local, timeout, budget, stamp, workers, left, total_timeout) -> dict[str, LinkCheck]:
    """The checks of the jobs on a thread pool, within `left` seconds."""
    pool = ThreadPoolExecutor(max_workers=min(workers, len(jobs)), thread_name_prefix="evidence-check")
    futures = {pool.submit(_check, text, target, allow_local, timeout, budget, stamp): text for text, target in jobs}
    finished, _ = wait(futures, timeout=max(left, 0.0))
    pool.shutdown(wait=False, cancel_futures=True)
    results = {}
    for future, text in futures.items():
        if future in finished and future.exception() is None:
            results[text] = future.result()
        elif future in finished:
            results[text] = LinkCheck(text, "error", None, "", stamp(), "evidence.network", {})
        else:
            results[text] = LinkCheck(text, "timeout", None, "", stamp(), "evidence.total_timeout",
                                      {"seconds": total_timeout})
    return results
