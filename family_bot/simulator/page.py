"""The simulator's one web page: phones side by side, the clock, and a way to add a phone.

Plain HTML, CSS and a small script written here: no library, nothing fetched from elsewhere.
The script polls /api/state and redraws a phone's chat only when something changed, keeping
what the trainer is typing; every text it places was made safe by view.py.
"""

from __future__ import annotations

import html

STYLE = """
body { margin: 0; font: 15px/1.4 system-ui, sans-serif; background: #dfe6ea; color: #111; }
header { background: #517da2; color: #fff; padding: 8px 16px; display: flex; flex-wrap: wrap;
  gap: 12px; align-items: center; }
header h1 { font-size: 17px; margin: 0 12px 0 0; }
header button, header select { font: inherit; }
#clock { font-weight: bold; }
#notice { padding: 6px 16px; background: #fff3cd; display: none; }
main { display: flex; gap: 14px; padding: 14px; align-items: flex-start; overflow-x: auto; }
.phone { flex: 0 0 340px; background: #1f2b36; border-radius: 26px; padding: 12px 10px;
  box-shadow: 0 2px 6px rgba(0,0,0,.3); }
.phone h2 { color: #fff; font-size: 14px; margin: 2px 6px 8px; }
.screen { background: #c9d8e4; border-radius: 14px; height: 560px; overflow-y: auto;
  padding: 8px; display: flex; flex-direction: column; gap: 6px; }
.msg { max-width: 86%; border-radius: 12px; padding: 6px 9px; white-space: pre-wrap;
  overflow-wrap: anywhere; unicode-bidi: plaintext; text-align: start;
  box-shadow: 0 1px 1px rgba(0,0,0,.15); }
.msg.bot { background: #fff; align-self: flex-start; }
.msg.me { background: #e1f7c9; align-self: flex-end; }
.msg blockquote { margin: 4px 0; padding-inline-start: 8px; border-inline-start: 3px solid #517da2; }
.msg a { color: #2a6fb0; }
.msg .edited { color: #889; font-size: 11px; }
.msg .file { font-style: italic; }
.msg img { display: block; max-width: 180px; margin-top: 4px; }
.keys { display: flex; flex-direction: column; gap: 4px; margin-top: 6px; }
.keys .row { display: flex; gap: 4px; }
.keys button { flex: 1; font: inherit; font-size: 13px; border: 0; border-radius: 8px;
  padding: 7px 4px; background: #e8f0f6; color: #1d4f7a; cursor: pointer; }
.keys button.url { color: #777; cursor: default; }
.toast { background: rgba(0,0,0,.72); color: #fff; border-radius: 10px; padding: 5px 10px;
  align-self: center; font-size: 13px; }
.compose { display: flex; gap: 4px; margin-top: 8px; }
.compose input { flex: 1; font: inherit; border-radius: 16px; border: 0; padding: 7px 12px; }
.compose button { font: inherit; border: 0; border-radius: 16px; padding: 6px 10px; cursor: pointer; }
.error { color: #ffb4a8; font-size: 13px; margin: 4px 6px 0; min-height: 1em; }
"""

SCRIPT = r"""
"use strict";
const csrf = document.body.dataset.csrf;
let lastVersion = "";
const drawn = {};  // phone number -> the bubbles drawn (by message) and the toasts shown

function post(path, body) {
  return fetch(path, {
    method: "POST",
    headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
    body: JSON.stringify(body || {}),
  }).then(async (answer) => {
    const data = await answer.json().catch(() => ({error: "no answer"}));
    if (!answer.ok) throw new Error(data.error || answer.statusText);
    return data;
  });
}

function phoneError(number, text) {
  const box = document.querySelector(`.phone[data-number="${number}"] .error`);
  if (box) box.textContent = text;
}

function act(number, path, body) {
  phoneError(number, "");
  post(`/api/phones/${number}/${path}`, body).then(poll).catch((e) => phoneError(number, e.message));
}

function makePhone(phone) {
  const box = document.createElement("section");
  box.className = "phone";
  box.dataset.number = phone.number;
  box.dataset.role = phone.role;
  box.dataset.language = phone.language;
  box.innerHTML = `<h2></h2><div class="screen" dir="${phone.direction}"></div>
    <form class="compose"><input name="text" autocomplete="off" placeholder="Message">
    <button type="submit" class="send" title="Send">➤</button></form>
    <div class="compose"><button type="button" class="voice">🎤 Voice note</button>
    <button type="button" class="attach">📎 File</button></div><div class="error"></div>`;
  box.querySelector("h2").textContent = `${phone.number}. ${phone.title}`;
  box.querySelector("form").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = event.target.elements.text;
    const text = input.value;
    if (!text.trim()) return;
    input.value = "";
    act(phone.number, "text", {text});
  });
  box.querySelector(".voice").addEventListener("click", () => act(phone.number, "voice"));
  box.querySelector(".attach").addEventListener("click", () => act(phone.number, "file"));
  document.getElementById("phones").appendChild(box);
  return box;
}

function drawMessage(phone, message) {
  const bubble = document.createElement("div");
  bubble.className = `msg ${message.from}`;
  bubble.dataset.id = message.id;
  if (message.photo) {
    const image = document.createElement("img");
    image.src = message.photo;  // a data: URL made by the server, never fetched from elsewhere
    image.alt = "";
    image.addEventListener("load", () => {
      const screen = image.closest(".screen");
      if (screen) screen.scrollTop = screen.scrollHeight;
    });
    bubble.appendChild(image);
  }
  if (message.file) {
    const file = document.createElement("div");
    file.className = "file";
    const size = message.file.size ? ` (${Math.max(1, Math.round(message.file.size / 1024))} kB)` : "";
    file.textContent = `📎 ${message.file.name}${size}`;
    bubble.appendChild(file);
  }
  if (message.voice) {
    const voice = document.createElement("div");
    voice.className = "file voice";
    voice.textContent = `🎤 Voice note, ${message.voice.duration} s`;
    bubble.appendChild(voice);
  }
  if (message.html) {
    const text = document.createElement("div");
    text.className = "text";
    text.innerHTML = message.html;  // made safe by the server (view.py)
    bubble.appendChild(text);
  }
  if (message.edited) {
    const mark = document.createElement("div");
    mark.className = "edited";
    mark.textContent = "edited";
    bubble.appendChild(mark);
  }
  if (message.buttons.length) {
    const keys = document.createElement("div");
    keys.className = "keys";
    for (const row of message.buttons) {
      const line = document.createElement("div");
      line.className = "row";
      for (const key of row) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = key.label;
        button.dataset.label = key.label;
        if (key.url) {
          button.className = "url";
          button.title = `opens ${key.url}`;
          button.disabled = true;
        } else {
          button.addEventListener("click", () =>
            act(phone.number, "press", {message_id: message.id, data: key.data}));
        }
        line.appendChild(button);
      }
      keys.appendChild(line);
    }
    bubble.appendChild(keys);
  }
  return bubble;
}

function drawPhone(phone) {
  const box = document.querySelector(`.phone[data-number="${phone.number}"]`) || makePhone(phone);
  const screen = box.querySelector(".screen");
  const known = drawn[phone.number] || (drawn[phone.number] = {bubbles: new Map(), toasts: 0});
  let added = false;
  // Redraw only the bubbles that changed (an edit in place), so a tap never lands on a
  // button that is being replaced.
  const wanted = new Set();
  let previous = null;
  for (const message of phone.messages) {
    const key = `${message.from}:${message.id}`;
    wanted.add(key);
    const json = JSON.stringify(message);
    let entry = known.bubbles.get(key);
    if (!entry || entry.json !== json) {
      const bubble = drawMessage(phone, message);
      if (entry) entry.element.replaceWith(bubble);
      else if (previous) previous.after(bubble);
      else screen.prepend(bubble);
      added = added || !entry;
      entry = {json, element: bubble};
      known.bubbles.set(key, entry);
    }
    previous = entry.element;
  }
  for (const [key, entry] of known.bubbles) {
    if (!wanted.has(key)) {
      entry.element.remove();
      known.bubbles.delete(key);
    }
  }
  if (phone.toasts !== known.toasts) {
    known.toasts = phone.toasts;
    screen.querySelectorAll(".toast").forEach((toast) => toast.remove());
    if (phone.toast) {
      const toast = document.createElement("div");
      toast.className = "toast";
      toast.innerHTML = phone.toast;  // escaped by the server
      screen.appendChild(toast);
      setTimeout(() => toast.remove(), 4000);
    }
  }
  if (added) screen.scrollTop = screen.scrollHeight;  // a new message: show it, as a phone does
}

function draw(state) {
  document.getElementById("clock").textContent = state.clock;
  const select = document.getElementById("language");
  if (!select.options.length) {
    for (const language of state.languages) {
      const option = document.createElement("option");
      option.value = language.code;
      option.textContent = language.name;
      select.appendChild(option);
    }
  }
  state.phones.forEach(drawPhone);
}

function poll() {
  return fetch("/api/state", {cache: "no-store"})
    .then((answer) => answer.json())
    .then((state) => {
      if (state.version !== lastVersion) {
        lastVersion = state.version;
        draw(state);
      }
    })
    .catch(() => {});
}

function notice(text) {
  const box = document.getElementById("notice");
  box.textContent = text;
  box.style.display = text ? "block" : "none";
}

function later(path, body) {
  notice("");
  post(path, body).then(poll).catch((e) => notice(e.message));
}

document.getElementById("plus-hour").addEventListener("click", () => later("/api/clock", {hours: 1}));
document.getElementById("plus-day").addEventListener("click", () => later("/api/clock", {hours: 24}));
document.getElementById("add-member").addEventListener("click", () =>
  later("/api/phones", {role: "family", language: document.getElementById("language").value}));
document.getElementById("add-coordinator").addEventListener("click", () =>
  later("/api/phones", {role: "coordinator", language: "fr"}));
poll();
setInterval(poll, 700);
"""


def simulator_page(csrf: str) -> str:
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>family_bot simulator</title><style>{STYLE}</style></head>
<body data-csrf="{html.escape(csrf, quote=True)}">
<header><h1>family_bot simulator</h1>
<span>Clock: <span id="clock"></span></span>
<button type="button" id="plus-hour">+1 hour</button>
<button type="button" id="plus-day">+1 day</button>
<span>Add a phone: <select id="language" aria-label="language"></select>
<button type="button" id="add-member">family member</button>
<button type="button" id="add-coordinator">coordinator</button></span>
</header>
<div id="notice"></div>
<main id="phones"></main>
<script>{SCRIPT}</script>
</body></html>
"""
