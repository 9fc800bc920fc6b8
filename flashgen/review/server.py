"""The review's web server: the standard library's, bound to 127.0.0.1 on a free port, for
the one browser that has its token.

Every request must carry the token in its URL (`?t=…`), and every write also in a header
(`X-Flashgen-Token`, which a page of another site cannot send without the browser asking
this server first); the Host header must name this server (no DNS rebinding). The page
loads nothing from elsewhere (a Content-Security-Policy says so), and the only files
served are the page's own and the vault files the cards show. The server stops on Ctrl-C,
or after `idle_seconds` without a request.
"""

from __future__ import annotations

import hmac
import json
import mimetypes
import secrets
import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from flashgen.review.page import HERE, articles, review_page
from flashgen.review.session import ReviewSession
from flashgen.rewrites import Rewrite

HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
IDLE_SECONDS = 30 * 60
MAX_BODY = 1 << 20  # a rewrite is a few kilobytes


@dataclass
class _Undo:
    """What a decision changed, to put it back: the card, whether it was rejected, and its
    rewrite before."""

    guid: str
    rejected: bool
    rewrite: Rewrite | None


@dataclass
class Review:
    """A running review: its session, token, address and undo history."""

    session: ReviewSession
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    port: int = 0
    last_request: float = field(default_factory=time.monotonic)
    undo: list[_Undo] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/?t={self.token}"

    def decide(self, action: str, guid: str, body: dict) -> str:
        """Carry out one decision on a card; what the page shows the user."""
        session = self.session
        if action == "undo":
            if not self.undo:
                return "nothing to undo"
            last = self.undo.pop()
            (session.reject if last.rejected else session.restore)(last.guid)
            session.restore_rewrite(last.rewrite, last.guid)
            return f"undone: {last.guid}"
        before = session.one(guid)
        self.undo.append(_Undo(guid, before.rejected, before.rewrite))
        actions: dict[str, Callable[[], None]] = {
            "reject": lambda: session.reject(guid),
            "restore": lambda: session.restore(guid),
            "rewrite": lambda: session.rewrite(guid, str(body["front"]), str(body["back"])),
            "keep": lambda: session.keep(guid),
            "take": lambda: session.take_made(guid),
        }
        actions[action]()
        return {
            "reject": "rejected: the next build leaves it out",
            "restore": "restored: the next build makes it again",
            "rewrite": "saved: the next build uses your text",
            "keep": "kept: your text stays",
            "take": "flashgen's text again",
        }[action]


def serve(
    review: Review,
    open_browser: bool = True,
    idle_seconds: float = IDLE_SECONDS,
    ready: Callable[[str], None] = print,
) -> None:
    """Serve the review until Ctrl-C or `idle_seconds` without a request."""
    server = ThreadingHTTPServer(("127.0.0.1", review.port), _handler(review))
    server.daemon_threads = True
    review.port = server.server_address[1]
    stop = threading.Event()

    def watch_idle() -> None:
        while not stop.wait(min(idle_seconds, 5.0)):
            if time.monotonic() - review.last_request > idle_seconds:
                server.shutdown()
                return

    watcher = threading.Thread(target=watch_idle, daemon=True)
    watcher.start()
    ready(review.url)
    if open_browser:
        webbrowser.open(review.url)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()


def _handler(review: Review) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "flashgen-review"
        sys_version = ""

        def log_message(self, format: str, *args: object) -> None:
            pass  # the terminal shows the URL, not every request

        def do_GET(self) -> None:
            path = self._allowed()
            if path is None:
                return
            if path == "/":
                page = review_page(
                    review.session.shown(),
                    review.session.diagnostics,
                    review.token,
                    review.session.note_types(),
                )
                self._send(HTTPStatus.OK, "text/html; charset=utf-8", page.encode())
            elif path == "/review.js":
                script = (HERE / "review.js").read_bytes()
                self._send(HTTPStatus.OK, "text/javascript; charset=utf-8", script)
            elif path.startswith("/media/"):
                found = review.session.media(unquote(path.removeprefix("/media/")))
                if found is None:
                    self._send(HTTPStatus.NOT_FOUND, "text/plain", b"no such file")
                else:
                    self._send(HTTPStatus.OK, _image_type(found), found.read_bytes())
            else:
                self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found")

        def do_POST(self) -> None:
            path = self._allowed()
            if path is None:
                return
            sent = self.headers.get("X-Flashgen-Token", "")
            if not hmac.compare_digest(sent, review.token):
                self._send(HTTPStatus.FORBIDDEN, "text/plain", b"a write needs the token header")
                return
            action = path.removeprefix("/api/")
            length = int(self.headers.get("Content-Length") or 0)
            if not path.startswith("/api/") or length > MAX_BODY:
                self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found")
                return
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
                guid = str(body.get("guid", ""))
                if action != "undo" and not review.session.knows(guid):
                    raise KeyError(guid)
                said = review.decide(action, guid, body)
            except (ValueError, KeyError, TypeError) as error:
                self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"bad request: {error}".encode())
                return
            if action == "undo":
                guid = said.removeprefix("undone: ") if said.startswith("undone: ") else ""
            drawn = (
                articles(review.session.one(guid), review.token, review.session.note_types())
                if guid
                else ""
            )
            answer = json.dumps({"guid": guid, "html": drawn, "said": said}).encode()
            self._send(HTTPStatus.OK, "application/json", answer)

        def _allowed(self) -> str | None:
            """The request's path, if it names this server and carries the token; else the
            refusal is sent and None returned."""
            review.last_request = time.monotonic()
            port = review.port
            if self.headers.get("Host", "") not in (f"127.0.0.1:{port}", f"localhost:{port}"):
                self._send(HTTPStatus.MISDIRECTED_REQUEST, "text/plain", b"wrong host")
                return None
            url = urlsplit(self.path)
            given = parse_qs(url.query).get("t", [""])[0]
            if not hmac.compare_digest(given, review.token):
                self._send(HTTPStatus.FORBIDDEN, "text/plain", b"this review needs its token")
                return None
            return url.path

        def _send(self, code: int, kind: str, data: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            for name, value in HEADERS.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


def _image_type(path: Path) -> str:
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"
