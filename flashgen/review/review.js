// flashgen review: keyboard first. j/k move, x rejects, r restores, u undoes, e edits,
// / filters (words, kind:claim, badge:new, lint), n switches night mode. Each decision is
// sent to the review's server, which writes it into the vault's lists at once and answers
// with the card drawn again.
"use strict";

const token = document.body.dataset.token;
const status = document.querySelector(".fg-status");
const filter = document.querySelector(".fg-filter");
let current = -1;

function items() {
  return Array.from(document.querySelectorAll("article.fg-item")).filter((a) => !a.hidden);
}

function focus(index) {
  const all = items();
  if (!all.length) return;
  current = Math.max(0, Math.min(index, all.length - 1));
  document.querySelectorAll(".fg-current").forEach((a) => a.classList.remove("fg-current"));
  const item = all[current];
  item.classList.add("fg-current");
  item.focus({ preventScroll: true });
  item.scrollIntoView({ block: "nearest" });
}

function selected() {
  const all = items();
  return current >= 0 && current < all.length ? all[current] : null;
}

async function send(action, guid, body) {
  const response = await fetch(`/api/${action}?t=${encodeURIComponent(token)}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Flashgen-Token": token },
    body: JSON.stringify(Object.assign({ guid: guid }, body || {})),
  });
  if (!response.ok) {
    status.textContent = `${action}: ${response.status} ${await response.text()}`;
    return;
  }
  const answer = await response.json();
  redraw(answer.guid, answer.html);
  status.textContent = answer.said;
}

function redraw(guid, fragment) {
  const old = Array.from(document.querySelectorAll("article.fg-item")).filter(
    (a) => a.dataset.guid === guid,
  );
  if (!old.length) return;
  const holder = document.createElement("div");
  holder.innerHTML = fragment; // the server's own HTML: sanitized fields, escaped text
  const fresh = Array.from(holder.children);
  old[0].replaceWith(...fresh);
  old.slice(1).forEach((a) => a.remove());
  applyFilter();
  const all = items();
  const index = all.indexOf(fresh[0]);
  if (index >= 0) focus(index);
}

function edit(item) {
  const form = item.querySelector("form.fg-edit");
  form.hidden = false;
  form.querySelector(".fg-field").focus();
}

function save(item) {
  const form = item.querySelector("form.fg-edit");
  const front = form.querySelector('[data-field="front"]').innerHTML;
  const back = form.querySelector('[data-field="back"]').innerHTML;
  send("rewrite", item.dataset.guid, { front: front, back: back });
}

function applyFilter() {
  const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
  document.querySelectorAll("article.fg-item").forEach((item) => {
    item.hidden = !words.every((word) => {
      const [key, value] = word.includes(":") ? word.split(/:(.*)/) : ["", word];
      if (key === "kind") return item.dataset.kind === value;
      if (key === "badge") return item.dataset.badges.split(" ").some((b) => b.startsWith(value));
      if (key === "lint" || word === "lint") {
        return item.dataset.lints !== "0" && item.dataset.search.includes(value || "");
      }
      return item.dataset.search.includes(value);
    });
  });
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-act]");
  if (!button) return;
  const item = button.closest("article.fg-item");
  const act = button.dataset.act;
  if (act === "night") {
    document.documentElement.classList.toggle("night_mode");
    return;
  }
  if (!item) return;
  focus(items().indexOf(item));
  event.preventDefault();
  if (act === "edit") edit(item);
  else if (act === "save") save(item);
  else if (act === "cancel") item.querySelector("form.fg-edit").hidden = true;
  else send(act, item.dataset.guid);
});

document.addEventListener("keydown", (event) => {
  const inField = event.target.closest && event.target.closest(".fg-field, .fg-filter");
  if (inField) {
    if (event.key === "Escape") {
      event.target.blur();
      const form = event.target.closest("form.fg-edit");
      if (form) form.hidden = true;
      if (selected()) selected().focus();
    } else if (event.key === "Enter" && event.ctrlKey && event.target.closest(".fg-field")) {
      event.preventDefault();
      save(event.target.closest("article.fg-item"));
    }
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const item = selected();
  const keys = {
    j: () => focus(current + 1),
    ArrowDown: () => focus(current + 1),
    k: () => focus(current - 1),
    ArrowUp: () => focus(current - 1),
    x: () => item && send("reject", item.dataset.guid),
    r: () => item && send("restore", item.dataset.guid),
    u: () => send("undo", ""),
    e: () => item && edit(item),
    n: () => document.documentElement.classList.toggle("night_mode"),
    "/": () => filter.focus(),
    Escape: () => {
      filter.value = "";
      applyFilter();
    },
  };
  if (keys[event.key]) {
    event.preventDefault();
    keys[event.key]();
  }
});

filter.addEventListener("input", () => {
  applyFilter();
  focus(0);
});
focus(0);
