// Play page: start the browser build of the game (bin/web, make web) with
// the trainee's server and token as its arguments, and show the trainer's
// pause. While paused, keys do not reach the game and
// globalThis.webcaresimPaused is true (the game reads it to stop its clock).
"use strict";
(function () {
  // This tab's trainee, else the one this browser joined last (a reload
  // or a reopened link: the game then offers the round left open).
  var me = JSON.parse(sessionStorage.getItem("webcaresim") || "null");
  if (!me || !me.token) {
    try { me = JSON.parse(localStorage.getItem("webcaresim") || "null"); } catch (x) { me = null; }
  }
  if (!me || !me.token) { location.href = "/"; return; }
  var resume = new URLSearchParams(location.search).get("resume") || "";
  // A reload of the play page mid-round (F5, or the browser restoring the
  // tab) goes on with the round the server holds open, as the join page's
  // offer does: without this the round was gone without a word (playtest
  // P16-22). The page's address then names the round, so a second reload
  // asks for the same one.
  var openRound = resume ? Promise.resolve() : fetch("/api/v1/round", {headers: {"Authorization": "Bearer " + me.token}})
    .then(function (r) { return r.status === 200 ? r.json() : null; })
    .then(function (open) {
      if (!open || !open.round) return;
      resume = open.round;
      globalThis.webcaresimWorkshop.resume = resume;
      var q = new URLSearchParams(location.search);
      q.set("resume", resume);
      history.replaceState(null, "", location.pathname + "?" + q.toString());
    })
    .catch(function () {});
  var root = document.getElementById("play");
  document.getElementById("who").textContent = me.name;
  document.getElementById("workshop").textContent = (me.title ? me.title + " · " : "") + me.workshop;
  globalThis.webcaresimPaused = false;
  globalThis.webcaresimWorkshop = {server: location.origin, token: me.token, name: me.name, lang: me.lang, workshop: me.workshop, resume: resume};

  // Paused: the trainer's pause as this page last heard it, or as the game
  // heard it on its own poll (whichever came first). While paused no key,
  // click or text reaches the game: an input method's composition, a paste
  // or a drop included, which go past the key events (a trainee's Japanese
  // or Chinese input went into the reply during a pause). Text fields are
  // read-only for the pause and keep the text they had when it came.
  var overlay = document.getElementById("paused");
  var kept = new Map(); // a text field → its text when the pause came
  function paused() {
    var g = globalThis.webcaresimGame;
    return !!(globalThis.webcaresimPaused || (g && g.paused));
  }
  function isField(t) { return t && (t.tagName === "TEXTAREA" || t.tagName === "INPUT"); }
  function swallow(e) {
    if (!paused()) return;
    e.stopImmediatePropagation();
    if (e.cancelable) e.preventDefault();
    var t = e.target;
    if (isField(t) && kept.has(t) && t.value !== kept.get(t)) t.value = kept.get(t);
  }
  ["keydown", "keyup", "keypress", "mousedown", "pointerdown", "touchstart", "wheel",
    "beforeinput", "input", "compositionstart", "compositionupdate", "compositionend", "paste", "drop", "cut"].forEach(function (t) {
    window.addEventListener(t, swallow, true);
  });
  var shown = false;
  function showPause() {
    var now = paused();
    if (now === shown) return;
    shown = now;
    overlay.hidden = !now;
    document.body.classList.toggle("room-paused", now);
    document.querySelectorAll("textarea, input").forEach(function (f) {
      if (now) {
        kept.set(f, f.value);
        if (!f.readOnly) { f.readOnly = true; f.dataset.pauseReadonly = "1"; }
      } else {
        if (kept.has(f) && f.value !== kept.get(f)) f.value = kept.get(f);
        if (f.dataset.pauseReadonly) { f.readOnly = false; delete f.dataset.pauseReadonly; }
      }
    });
    if (!now) kept.clear();
  }
  setInterval(showPause, 200);
  function poll() {
    fetch("/api/v1/status", {headers: {"Authorization": "Bearer " + me.token}})
      .then(function (r) {
        if (r.status === 401) {
          sessionStorage.removeItem("webcaresim");
          try { localStorage.removeItem("webcaresim"); } catch (x) { /* nothing kept */ }
          location.href = "/";
          return null;
        }
        return r.ok ? r.json() : null;
      })
      .then(function (s) {
        if (!s) return;
        globalThis.webcaresimPaused = s.paused;
        showPause();
        document.getElementById("state").textContent = s.scenarios.map(function (x) { return x.title; }).join(" · ");
      })
      .catch(function () {})
      .finally(function () { setTimeout(poll, 3000); });
  }
  poll();

  // Until the game draws its first frame the page says it is loading (a
  // 27 MB download and a first frame on a slow computer took over a
  // minute, in which the trainee saw a black box: playtest 14, P14-20).
  var loading = document.getElementById("loading");
  function notLoading() { loading.hidden = true; }
  function fail(id, text) {
    notLoading();
    var p = document.getElementById(id);
    if (text) p.textContent = text;
    p.hidden = false;
  }
  var slow = setTimeout(function () { loading.textContent += " " + loading.dataset.slow; }, 30000);

  var wasm = root.dataset.wasm;
  if (!wasm) { fail("nogame"); return; }
  // The game draws with WebGL: without it the canvas stays black.
  var probe = document.createElement("canvas");
  if (!(probe.getContext("webgl2") || probe.getContext("webgl"))) { fail("nowebgl"); return; }
  var s = document.createElement("script");
  s.src = "/dist/wasm_exec.js";
  s.onload = function () {
    var go = new Go();
    // The server and token are in globalThis.webcaresimWorkshop, not in the
    // arguments: a build that does not know them still starts.
    go.argv = ["webcaresim", "play", "--player", me.name, "--lang", me.lang, "--mode", "workshop"];
    WebAssembly.instantiateStreaming(fetch(wasm), go.importObject)
      .then(function (r) {
        go.run(r.instance);
        // Drawn: the window build's first frame, or the HTML player's
        // first element in #game.
        var drawn = setInterval(function () {
          var g = globalThis.webcaresimGame;
          var html = Array.prototype.some.call(root.querySelector("#game").children, function (c) {
            return !c.classList.contains("notice");
          });
          if (!(g && g.frames > 0) && !html) return;
          clearInterval(drawn);
          clearTimeout(slow);
          notLoading();
        }, 200);
        // A game that draws on its own canvas (the Ebiten build) fills the
        // window: no page scrolling under it.
        var watch = setInterval(function () {
          if (!document.querySelector("body > canvas")) return;
          document.body.classList.add("canvas-game");
          // A game that could not go on with the round the server holds
          // (it no longer holds it open, or the game lacks its case) says
          // so rather than leave the join page's offer unanswered. The
          // game has decided once it draws (its canvas is there before).
          var g = globalThis.webcaresimGame;
          if (!g || !(g.frames > 0)) return;
          clearInterval(watch);
          if (resume && !g.resumed) document.getElementById("noresume").hidden = false;
        }, 200);
        setTimeout(function () { clearInterval(watch); }, 180000);
      })
      .catch(function (e) { fail("nogame", String(e)); });
  };
  s.onerror = function () { fail("nogame"); };
  openRound.then(function () { document.body.appendChild(s); });
})();
