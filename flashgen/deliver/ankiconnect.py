"""The AnkiConnect protocol (API version 6): one small client, batched with `multi`.

AnkiConnect is the add-on (code 2055492159) through which a running Anki answers JSON
requests on 127.0.0.1:8765. Only the standard library is used: one POST per request.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Sequence
from typing import Any

API_VERSION = 6
# Actions per `multi` request: large enough that 10 000 cards take a handful of requests,
# small enough that one request stays a few MB.
BATCH = 500

Action = tuple[str, dict[str, Any]]


class AnkiUnreachable(Exception):
    """Nothing answers at the URL, or what answers is not AnkiConnect."""


class AnkiConnectError(Exception):
    """AnkiConnect answered with an error."""


class AnkiConnect:
    def __init__(self, url: str, key: str | None = None, timeout: float = 120.0) -> None:
        self.url = url
        self.key = key
        self.timeout = timeout
        self.requests = 0  # HTTP requests made, for reports and benchmarks

    def _request(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        request: dict[str, Any] = {"action": action, "version": API_VERSION, "params": params}
        if self.key:
            request["key"] = self.key
        return request

    def _post(self, payload: dict[str, Any]) -> Any:
        data = json.dumps(payload).encode("utf-8")
        request = urllib.request.Request(
            self.url, data, headers={"Content-Type": "application/json"}
        )
        self.requests += 1
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = json.load(response)
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            reason = getattr(error, "reason", error)
            raise AnkiUnreachable(
                f"cannot reach Anki at {self.url} ({reason}). Start Anki with the AnkiConnect "
                "add-on (code 2055492159), or give the right address with --url."
            ) from None
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise AnkiUnreachable(
                f"{self.url} answered, but not as AnkiConnect does (no JSON). Is it the right "
                "address?"
            ) from None
        if not isinstance(body, dict) or not {"result", "error"} <= body.keys():
            raise AnkiUnreachable(f"{self.url} answered without AnkiConnect's result and error")
        return body

    def invoke(self, action: str, **params: Any) -> Any:
        body = self._post(self._request(action, params))
        if body["error"] is not None:
            raise AnkiConnectError(f"{action}: {body['error']}")
        return body["result"]

    def multi(self, actions: Sequence[Action]) -> list[tuple[Any, str | None]]:
        """Run `actions` in as few requests as BATCH allows: (result, error) for each."""
        replies: list[tuple[Any, str | None]] = []
        for start in range(0, len(actions), BATCH):
            chunk = [self._request(name, params) for name, params in actions[start : start + BATCH]]
            for reply in self.invoke("multi", actions=chunk):
                if isinstance(reply, dict) and "error" in reply:
                    replies.append((reply.get("result"), reply["error"]))
                else:  # an AnkiConnect older than version 6 answers bare results
                    replies.append((reply, None))
        return replies

    def checked_version(self) -> int:
        version = self.invoke("version")
        if not isinstance(version, int) or version < API_VERSION:
            raise AnkiUnreachable(
                f"AnkiConnect at {self.url} speaks version {version}; flashgen needs "
                f"{API_VERSION} or newer: update the add-on."
            )
        return version
