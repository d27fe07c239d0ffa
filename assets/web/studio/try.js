// Try page: start the browser build of the game (bin/web) with the case
// being edited, handed over in globalThis.webcaresimStudio: the game opens
// a round of it straight away. Nothing is saved anywhere.
"use strict";
(function () {
  var body = document.body;
  var base = body.dataset.base, lang = body.dataset.lang;
  if (body.dataset.game !== "true") { document.getElementById("nogame").hidden = false; return; }
  fetch(base + "/api/try/" + body.dataset.token)
    .then(function (r) { if (!r.ok) throw new Error("expired"); return r.text(); })
    .then(function (toml) {
      globalThis.webcaresimStudio = {toml: toml, lang: lang};
      var s = document.createElement("script");
      s.src = base + "/dist/wasm_exec.js";
      s.onload = function () {
        var go = new Go();
        go.argv = ["webcaresim", "play", "--lang", lang, "--mode", "practice"];
        WebAssembly.instantiateStreaming(fetch(base + "/dist/webcaresim.wasm"), go.importObject)
          .then(function (r) { go.run(r.instance); body.classList.add("canvas-game"); })
          .catch(function (e) { var p = document.getElementById("nogame"); p.textContent = String(e); p.hidden = false; });
      };
      document.body.appendChild(s);
    })
    .catch(function (e) { var p = document.getElementById("nogame"); p.textContent = String(e); p.hidden = false; });
})();
