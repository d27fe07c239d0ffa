// Dashboard and projector: fetch the live part again every two seconds with
// the version the page has; the server answers 304 when nothing changed,
// and on the dashboard only what changed (X-Live: live-delta): rows, the
// leaderboards and reply cards, each put in its place here. The HTML comes
// from html/template, so names and replies arrive escaped.
"use strict";
(function () {
  var live = document.getElementById("live");
  if (!live || !live.dataset.src) return;
  var etag = live.dataset.version || "";
  var version = live.dataset.version || "";
  function url() {
    var src = live.dataset.src;
    if (!version) return src;
    return src + (src.indexOf("?") < 0 ? "?" : "&") + "since=" + encodeURIComponent(version);
  }
  // applyDelta puts each changed piece in place; false when one has no
  // place on the page (then the whole part is fetched again).
  function applyDelta(html) {
    var box = document.createElement("div");
    box.innerHTML = html;
    var ok = true;
    Array.prototype.forEach.call(box.querySelectorAll("template"), function (t) {
      var piece = t.content.firstElementChild;
      if (!piece) return;
      var old = null, parent = null;
      if (t.dataset.row) {
        old = live.querySelector('tr[data-trainee="' + CSS.escape(t.dataset.row) + '"]');
        parent = live.querySelector("section.trainees tbody");
      } else if (t.dataset.part === "boards") {
        old = live.querySelector("section.boards");
      } else if (t.dataset.card) {
        old = live.querySelector('article[data-key="' + CSS.escape(t.dataset.card) + '"]');
        parent = live.querySelector('div.grid[data-decision="' + CSS.escape(t.dataset.decision) + '"]');
      }
      if (old) old.replaceWith(piece);
      else if (parent) parent.appendChild(piece);
      else ok = false;
    });
    return ok;
  }
  function tick() {
    fetch(url(), {headers: {"If-None-Match": etag}, credentials: "same-origin"})
      .then(function (r) {
        if (r.status === 401 || r.status === 403) { location.reload(); return null; }
        if (r.status !== 200) return null;
        etag = r.headers.get("ETag") || "";
        var v = r.headers.get("X-Live-Version");
        var kind = r.headers.get("X-Live");
        return r.text().then(function (html) { return {html: html, v: v, kind: kind}; });
      })
      .then(function (res) {
        if (res == null) return;
        if (res.kind === "live-delta") {
          if (applyDelta(res.html)) { version = res.v || ""; } else { version = ""; etag = ""; }
          return;
        }
        var open = Array.prototype.map.call(live.querySelectorAll("details[open]"), function (d) { return d.id; });
        live.innerHTML = res.html;
        open.forEach(function (id) { var d = id && document.getElementById(id); if (d) d.open = true; });
        version = res.v || "";
      })
      .catch(function () {})
      .finally(function () { setTimeout(tick, 2000); });
  }
  setTimeout(tick, 2000);
})();
