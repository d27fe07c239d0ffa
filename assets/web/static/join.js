// Join page: post the code and name to the API, keep the token, then open
// the game. The token is kept for this tab (sessionStorage) and for the
// browser (localStorage): a trainee who closed the tab in the middle of a
// round and opens the workshop's link again is offered to go on with it,
// when the server has it open (GET /api/v1/round).
"use strict";
(function () {
  var form = document.getElementById("join");
  if (!form) return;
  var err = document.getElementById("join-error");
  var params = new URLSearchParams(location.search);
  var linked = params.get("code") || params.get("w") || ""; // ?w= as the dashboard names a workshop
  if (linked) document.getElementById("code").value = linked;
  offerResume(linked.replace(/[\s-]/g, "").toUpperCase());
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    err.hidden = true;
    var body = {
      code: document.getElementById("code").value.trim().toUpperCase(),
      name: document.getElementById("name").value.trim(),
      lang: document.getElementById("lang").value
    };
    var button = document.getElementById("join-button");
    button.disabled = true;
    fetch("/api/v1/join", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)})
      .then(function (r) { return r.json().then(function (j) { return {ok: r.ok, j: j}; }); })
      .then(function (res) {
        if (!res.ok) throw new Error(res.j.error || "error");
        var me = JSON.stringify({
          token: res.j.token, trainee: res.j.trainee, name: res.j.name, lang: body.lang,
          workshop: res.j.workshop, title: res.j.title
        });
        sessionStorage.setItem("webcaresim", me);
        try { localStorage.setItem("webcaresim", me); } catch (x) { /* private mode: this tab only */ }
        location.href = "/play?lang=" + encodeURIComponent(body.lang);
      })
      .catch(function (x) {
        err.textContent = x && x.message && x.message !== "Failed to fetch" ? x.message : form.dataset.errNetwork;
        err.hidden = false;
        button.disabled = false;
      });
  });

  // offerResume shows "Resume your round" when this browser joined the
  // workshop with the link's code (or any, when the link has none) and
  // the server holds a round of that trainee with no result.
  function offerResume(code) {
    var me = null;
    try { me = JSON.parse(localStorage.getItem("webcaresim") || "null"); } catch (x) { return; }
    if (!me || !me.token || (code && code !== me.workshop)) return;
    fetch("/api/v1/round", {headers: {"Authorization": "Bearer " + me.token}})
      .then(function (r) {
        if (r.status === 401) { localStorage.removeItem("webcaresim"); return null; }
        return r.status === 200 ? r.json() : null;
      })
      .then(function (open) {
        if (!open) return;
        document.getElementById("resume-what").textContent = me.name + " · " + (open.title || open.scenario) + " · " + me.workshop;
        document.getElementById("resume").hidden = false;
        var go = document.getElementById("resume-button");
        go.addEventListener("click", function () {
          sessionStorage.setItem("webcaresim", JSON.stringify(me));
          location.href = "/play?lang=" + encodeURIComponent(me.lang) + "&resume=" + encodeURIComponent(open.round);
        });
        go.focus();
      })
      .catch(function () {});
  }
})();
