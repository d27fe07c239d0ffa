// Join page: post the code and name to the API, keep the token, then open
// the game. The token is kept for this tab (sessionStorage) and for the
// browser (localStorage): a trainee who closed the tab in the middle of a
// round and opens the workshop's link again is offered to go on with it,
// when the server has it open (GET /api/v1/round). A trainee who joins
// again in this browser with the same code and name goes on as the same
// trainee (one row on the trainer's dashboard, as the desktop game does),
// not as "Sanne (2)". Where the server had to number the name (someone
// else, or this trainee on another computer, has it), the page says so
// before the game opens.
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
    rejoin(body)
      .then(function (me) {
        if (me) return play(me);
        return fetch("/api/v1/join", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)})
          .then(function (r) { return r.json().then(function (j) { return {ok: r.ok, j: j}; }); })
          .then(function (res) {
            if (!res.ok) throw new Error(res.j.error || "error");
            var me = {
              token: res.j.token, trainee: res.j.trainee, name: res.j.name, lang: body.lang,
              workshop: res.j.workshop, title: res.j.title
            };
            if (sameName(res.j.name, body.name)) return play(me);
            renamed(me, body.name);
          });
      })
      .catch(function (x) {
        err.textContent = x && x.message && x.message !== "Failed to fetch" ? sentence(x.message) : form.dataset.errNetwork;
        err.hidden = false;
        button.disabled = false;
      });
  });

  // The server's refusals are worded to follow "the server refuses:" in
  // the game; on their own on this page they are a sentence.
  function sentence(s) {
    s = String(s).trim();
    if (!s) return s;
    s = s.charAt(0).toUpperCase() + s.slice(1);
    return /[.!?]$/.test(s) ? s : s + ".";
  }

  function sameName(a, b) { return (a || "").trim().toLowerCase() === (b || "").trim().toLowerCase(); }

  // remembered is this browser's last join, or null.
  function remembered() {
    try { return JSON.parse(localStorage.getItem("webcaresim") || "null"); } catch (x) { return null; }
  }

  // rejoin resolves to this browser's last join when it was to the same
  // workshop under the same name and the server still knows its token
  // (the trainer may have removed the trainee), else to null.
  function rejoin(body) {
    var me = remembered();
    if (!me || !me.token || me.workshop !== body.code || !sameName(me.name, body.name)) return Promise.resolve(null);
    return fetch("/api/v1/status", {headers: {"Authorization": "Bearer " + me.token}})
      .then(function (r) {
        if (r.status === 401) { localStorage.removeItem("webcaresim"); return null; }
        if (!r.ok) return null;
        me.lang = body.lang;
        return me;
      })
      .catch(function () { return null; });
  }

  // play keeps the join and opens the game.
  function play(me) {
    var s = JSON.stringify(me);
    sessionStorage.setItem("webcaresim", s);
    try { localStorage.setItem("webcaresim", s); } catch (x) { /* private mode: this tab only */ }
    location.href = "/play?lang=" + encodeURIComponent(me.lang);
  }

  // renamed says that the name was taken and under which name the trainee
  // joined, and opens the game when they go on.
  function renamed(me, asked) {
    var box = document.getElementById("renamed");
    var parts = form.dataset.renamed.split("%s");
    document.getElementById("renamed-what").textContent = parts[0] + asked + (parts[1] || "") + me.name + (parts[2] || "");
    form.hidden = true;
    box.hidden = false;
    var go = document.getElementById("renamed-button");
    go.addEventListener("click", function () { play(me); });
    go.focus();
  }

  // offerResume shows "Resume your round" when this browser joined the
  // workshop with the link's code (or any, when the link has none) and
  // the server holds a round of that trainee with no result.
  function offerResume(code) {
    var me = remembered();
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
