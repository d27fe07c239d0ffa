// Dashboard and projector: fetch the live part again every two seconds; the
// server answers 304 when nothing changed. The HTML comes from html/template,
// so names and replies arrive escaped.
"use strict";
(function () {
  var live = document.getElementById("live");
  if (!live || !live.dataset.src) return;
  var version = live.dataset.version || "";
  function tick() {
    fetch(live.dataset.src, {headers: {"If-None-Match": '"' + version + '"'}, credentials: "same-origin"})
      .then(function (r) {
        if (r.status === 401 || r.status === 403) { location.reload(); return null; }
        if (r.status !== 200) return null;
        version = (r.headers.get("ETag") || "").replace(/"/g, "");
        return r.text();
      })
      .then(function (html) {
        if (html == null) return;
        var open = Array.prototype.map.call(live.querySelectorAll("details[open]"), function (d) { return d.id; });
        live.innerHTML = html;
        open.forEach(function (id) { var d = id && document.getElementById(id); if (d) d.open = true; });
      })
      .catch(function () {})
      .finally(function () { setTimeout(tick, 2000); });
  }
  setTimeout(tick, 2000);
})();
