"""A small AnkiConnect server over a real Anki collection, for tests and benchmarks.

It answers the AnkiConnect (API version 6) actions that `flashgen sync` uses, each carried
out by the `anki` package (Anki's own Rust backend) on a collection file, with
AnkiConnect's request and reply shapes (`{"result", "error"}`, `multi`, `{}` from notesInfo
for a missing note). PyPI's anki-connect-server needs Python 3.12, hence this one.

    python -m tools.ankiconnect_server path/to/collection.anki2 [--port 8765]
"""

from __future__ import annotations

import argparse
import base64
import json
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from anki.collection import Collection
from anki.consts import MODEL_CLOZE
from anki.errors import NotFoundError

WRITE_ACTIONS = frozenset(
    {
        "createDeck",
        "createModel",
        "updateModelTemplates",
        "updateModelStyling",
        "storeMediaFile",
        "addNotes",
        "updateNoteFields",
        "addTags",
        "removeTags",
        "changeDeck",
        "deleteNotes",
    }
)


class AnkiConnectActions:
    """The actions, each a method named as in AnkiConnect, over one open collection."""

    def __init__(self, col: Collection) -> None:
        self.col = col

    def version(self) -> int:
        return 6

    def deckNames(self) -> list[str]:
        return [d.name for d in self.col.decks.all_names_and_ids()]

    def createDeck(self, deck: str) -> int:
        return int(self.col.decks.id(deck))

    def modelNames(self) -> list[str]:
        return [m.name for m in self.col.models.all_names_and_ids()]

    def _model(self, name: str) -> dict[str, Any]:
        model = self.col.models.by_name(name)
        if model is None:
            raise ValueError(f"model was not found: {name}")
        return model

    def modelFieldNames(self, modelName: str) -> list[str]:
        return [f["name"] for f in self._model(modelName)["flds"]]

    def modelTemplates(self, modelName: str) -> dict[str, dict[str, str]]:
        return {
            t["name"]: {"Front": t["qfmt"], "Back": t["afmt"]}
            for t in self._model(modelName)["tmpls"]
        }

    def modelStyling(self, modelName: str) -> dict[str, str]:
        return {"css": self._model(modelName)["css"]}

    def createModel(
        self,
        modelName: str,
        inOrderFields: list[str],
        cardTemplates: list[dict[str, str]],
        css: str | None = None,
        isCloze: bool = False,
    ) -> dict[str, Any]:
        if self.col.models.by_name(modelName) is not None:
            raise ValueError("Model name already exists")
        models = self.col.models
        model = models.new(modelName)
        if isCloze:
            model["type"] = MODEL_CLOZE
        for name in inOrderFields:
            models.add_field(model, models.new_field(name))
        if css is not None:
            model["css"] = css
        for number, card in enumerate(cardTemplates, 1):
            template = models.new_template(card.get("Name", f"Card {number}"))
            template["qfmt"], template["afmt"] = card["Front"], card["Back"]
            models.add_template(model, template)
        models.add(model)
        return model

    def updateModelTemplates(self, model: dict[str, Any]) -> None:
        stored = self._model(model["name"])
        for template in stored["tmpls"]:
            given = model["templates"].get(template["name"])
            if given:
                template["qfmt"] = given.get("Front") or template["qfmt"]
                template["afmt"] = given.get("Back") or template["afmt"]
        self.col.models.update_dict(stored)

    def updateModelStyling(self, model: dict[str, Any]) -> None:
        stored = self._model(model["name"])
        stored["css"] = model["css"]
        self.col.models.update_dict(stored)

    def storeMediaFile(self, filename: str, data: str) -> str:
        return self.col.media.write_data(filename, base64.b64decode(data))

    def findNotes(self, query: str = "") -> list[int]:
        return [int(n) for n in self.col.find_notes(query)]

    def notesInfo(self, notes: list[int]) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = []
        for note_id in notes:
            try:
                note = self.col.get_note(note_id)
            except NotFoundError:
                result.append({})
                continue
            model = note.note_type()
            assert model is not None
            result.append(
                {
                    "noteId": note.id,
                    "modelName": model["name"],
                    "tags": list(note.tags),
                    "fields": {
                        f["name"]: {"value": note.fields[f["ord"]], "order": f["ord"]}
                        for f in model["flds"]
                    },
                    "cards": [int(c) for c in note.card_ids()],
                }
            )
        return result

    def addNotes(self, notes: list[dict[str, Any]]) -> list[int | None]:
        added: list[int | None] = []
        for given in notes:
            model = self.col.models.by_name(given["modelName"])
            deck = self.col.decks.id_for_name(given["deckName"])
            if model is None or deck is None:
                added.append(None)
                continue
            note = self.col.new_note(model)
            for name, value in given["fields"].items():
                note[name] = value
            note.tags = list(given.get("tags", []))
            self.col.add_note(note, deck)
            added.append(int(note.id))
        return added

    def updateNoteFields(self, note: dict[str, Any]) -> None:
        stored = self.col.get_note(note["id"])
        for name, value in note["fields"].items():
            if name in stored:
                stored[name] = value
        self.col.update_note(stored)

    def addTags(self, notes: list[int], tags: str) -> None:
        self.col.tags.bulk_add(notes, tags)

    def removeTags(self, notes: list[int], tags: str) -> None:
        self.col.tags.bulk_remove(notes, tags)

    def changeDeck(self, cards: list[int], deck: str) -> None:
        self.col.set_deck(cards, self.col.decks.id(deck))

    def deleteNotes(self, notes: list[int]) -> None:
        self.col.remove_notes(notes)


class AnkiConnectServer:
    """Serves AnkiConnect on 127.0.0.1 in a background thread; counts what it was asked."""

    def __init__(self, col: Collection, port: int = 0) -> None:
        self.actions = AnkiConnectActions(col)
        self.requests = 0
        self.calls: Counter[str] = Counter()  # actions run, those inside `multi` included
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                request = json.loads(self.rfile.read(length) or b"{}")
                with server._lock:
                    server.requests += 1
                    reply = server.handle(request)
                body = json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = HTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def writes(self) -> int:
        return sum(n for action, n in self.calls.items() if action in WRITE_ACTIONS)

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        action = request.get("action", "")
        params = request.get("params", {})
        self.calls[action] += 1
        try:
            if action == "multi":
                result: Any = [self.handle(sub) for sub in params.get("actions", [])]
            else:
                method = getattr(self.actions, action, None)
                if method is None or action.startswith("_"):
                    raise ValueError("unsupported action")
                result = method(**params)
            return {"result": result, "error": None}
        except Exception as error:  # AnkiConnect reports every failure as the reply's error
            return {"result": None, "error": str(error)}

    def __enter__(self) -> AnkiConnectServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("collection")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    col = Collection(args.collection)
    try:
        with AnkiConnectServer(col, args.port) as server:
            print(f"AnkiConnect on {server.url} over {args.collection}; Ctrl-C stops")
            server.thread.join()
    except KeyboardInterrupt:
        pass
    finally:
        col.close()


if __name__ == "__main__":
    main()
