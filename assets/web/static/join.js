// Join page: post the code and name to the API, keep the token for this
// tab (sessionStorage), then open the game.
"use strict";
(function () {
  var form = document.getElementById("join");
  if (!form) return;
  var err = document.getElementById("join-error");
  var params = new URLSearchParams(location.search);
  if (params.get("code")) document.getElementById("code").value = params.get("code");
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
        sessionStorage.setItem("webcaresim", JSON.stringify({
          token: res.j.token, trainee: res.j.trainee, name: res.j.name, lang: body.lang,
          workshop: res.j.workshop, title: res.j.title
        }));
        location.href = "/play?lang=" + encodeURIComponent(body.lang);
      })
      .catch(function (x) {
        err.textContent = x && x.message && x.message !== "Failed to fetch" ? x.message : form.dataset.errNetwork;
        err.hidden = false;
        button.disabled = false;
      });
  });
})();
