// The trainer's control room: injects, the heat dial and the customer desk.
// State comes from /control/state every 1.5 s; every name and text is
// written with textContent, never as HTML. Actions are form posts answered
// with JSON.
"use strict";
(function () {
  var root = document.getElementById("control");
  if (!root) return;
  var base = "/trainer/w/" + encodeURIComponent(root.dataset.code) + "/control";
  var L = {};
  var steering = root.dataset.steering === "1"; // as the server last said: the page never decides it
  var cards = {}; // trainee id → desk card, kept so typing is never lost

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function fmt(s) { var a = arguments, i = 1; return String(s).replace(/%[ds]/g, function () { return a[i++]; }); }
  function flash(msg, err) {
    var f = document.getElementById("flash");
    f.textContent = msg;
    f.className = "flash" + (err ? " err" : "");
  }
  function post(path, fields) {
    var body = new URLSearchParams();
    Object.keys(fields).forEach(function (k) {
      [].concat(fields[k]).forEach(function (v) { body.append(k, v); });
    });
    return fetch(base + path + "?lang=" + encodeURIComponent(root.dataset.lang), {method: "POST", body: body, credentials: "same-origin"})
      .then(function (r) {
        if (r.status === 204) return {};
        return r.json().then(function (j) {
          if (j.reason === "not_owner") refresh();
          if (!r.ok) throw new Error(j.error || r.statusText);
          return j;
        }, function () {
          if (r.status === 401) { loggedOut(); throw new Error(L.logged_out); }
          throw new Error(r.status + " " + r.statusText);
        });
      })
      .then(function (j) { if (j.sent != null) flash(fmt(L.sent || "%d/%d", j.sent, j.skipped)); refresh(); return j; })
      .catch(function (e) { flash(e.message, true); throw e; });
  }
  // Another trainer session steers (or took over): the page watches,
  // read-only, and offers the takeover.
  function drawSteering(st) {
    document.getElementById("steer").disabled = !st.steering;
    var claim = document.getElementById("claim");
    if (!st.steering && claim.hidden) {
      document.getElementById("claim-text").textContent = steering ? L.taken_over : L.watching;
      claim.hidden = false;
    }
    if (st.steering) claim.hidden = true;
    steering = st.steering;
  }
  // The session ended (logout elsewhere, expiry, a new password).
  function loggedOut() {
    document.getElementById("steer").disabled = true;
    document.getElementById("claim-text").textContent = L.logged_out || "";
    document.getElementById("claim-open").hidden = true;
    document.getElementById("claim").hidden = false;
  }
  var dialog = document.getElementById("claim-dialog");
  document.getElementById("claim-open").addEventListener("click", function () { dialog.showModal(); });
  dialog.addEventListener("close", function () {
    if (dialog.returnValue !== "yes") return;
    post("/claim", {confirm: "1"}).catch(function () {});
  });
  function target() { return document.getElementById("target").value; }

  document.getElementById("live-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var f = e.target;
    post("/inject", {target: target(), persona: f.persona.value, name: f.name.value, handle: f.handle.value,
      followers: f.followers.value, text: f.text.value, asks: f.asks.checked ? "1" : "0"})
      .then(function () { f.text.value = ""; }, function () {});
  });
  document.getElementById("dial-all").addEventListener("change", function (e) {
    post("/dial", {target: "all", dial: e.target.value}).catch(function () {});
  });

  function drawTargets(list) {
    var sel = document.getElementById("target"), keep = sel.value;
    if (sel.dataset.sig === JSON.stringify(list)) return;
    sel.dataset.sig = JSON.stringify(list);
    sel.textContent = "";
    list.forEach(function (t) { var o = el("option", "", t.label); o.value = t.value; sel.appendChild(o); });
    sel.value = keep || "all";
    if (sel.selectedIndex < 0) sel.value = "all";
  }
  function drawInjects(groups) {
    var box = document.getElementById("ready");
    var sig = JSON.stringify(groups);
    if (box.dataset.sig === sig) return;
    box.dataset.sig = sig;
    box.textContent = "";
    if (!groups.length) { box.appendChild(el("p", "muted", L.no_injects)); return; }
    groups.forEach(function (g) {
      var div = el("div", "ready-group");
      div.appendChild(el("h3", "", g.title + " (" + g.scenario + ")"));
      g.items.forEach(function (it) {
        var b = el("button", "secondary inject", it.label);
        b.type = "button";
        b.dataset.inject = it.id;
        b.title = it.persona + (it.asks ? " · " + L.asks_tag : "");
        b.addEventListener("click", function () {
          var t = target();
          if (t === "all") t = "scenario:" + g.scenario;
          post("/inject", {target: t, inject: it.id}).catch(function () {});
        });
        div.appendChild(b);
      });
      box.appendChild(div);
    });
  }
  function drawTrainees(st) {
    var body = document.getElementById("trainee-rows");
    var opts = document.getElementById("dial-options").content;
    var rows = {};
    Array.prototype.forEach.call(body.children, function (tr) { rows[tr.dataset.trainee] = tr; });
    st.trainees.forEach(function (t) {
      var tr = rows[t.id];
      if (!tr) {
        tr = el("tr", "trainee-ctl");
        tr.dataset.trainee = t.id;
        tr.appendChild(el("td", "name"));
        tr.appendChild(el("td", "scenario"));
        var td = el("td", "setting"), sel = el("select", "dial-one");
        sel.appendChild(opts.cloneNode(true));
        sel.setAttribute("aria-label", L.dial);
        sel.addEventListener("change", function () { post("/dial", {target: "trainee:" + t.id, dial: sel.value}).catch(function () {}); });
        td.appendChild(sel);
        td.appendChild(el("span", "dial-name"));
        tr.appendChild(td);
        var tk = el("td", "takeover"), btn = el("button", "small");
        btn.type = "button";
        btn.addEventListener("click", function () {
          post("/takeover", {trainee: t.id, on: btn.dataset.on === "1" ? "0" : "1"}).catch(function () {});
        });
        tk.appendChild(btn);
        tr.appendChild(tk);
        body.appendChild(tr);
      }
      delete rows[t.id];
      tr.children[0].textContent = t.name;
      tr.children[1].textContent = t.playing ? (t.title || t.scenario) : L.not_playing;
      var sel = tr.querySelector("select");
      if (document.activeElement !== sel) sel.value = String(t.dial);
      var dn = tr.querySelector(".dial-name");
      dn.textContent = " " + t.dial_name;
      dn.className = "dial-name dial" + t.dial;
      var btn = tr.querySelector(".takeover button");
      btn.textContent = t.takeover ? L.hand_back : L.take_over;
      btn.dataset.on = t.takeover ? "1" : "0";
    });
    Object.keys(rows).forEach(function (id) { rows[id].remove(); });
  }
  function deskCard(t) {
    var c = el("article", "desk-card");
    c.dataset.trainee = t.id;
    c.appendChild(el("h3", "who"));
    c.appendChild(el("p", "state"));
    c.appendChild(el("p", "muted", L.their_replies));
    c.appendChild(el("ul", "their"));
    c.appendChild(el("p", "muted sugg-label", L.suggestions));
    c.appendChild(el("div", "suggs"));
    var form = el("form", "as-customer");
    var ta = el("textarea");
    ta.rows = 3; ta.maxLength = 2000; ta.name = "text";
    ta.setAttribute("aria-label", L.write_as);
    ta.placeholder = L.write_as;
    var last = 0;
    ta.addEventListener("input", function () {
      var now = Date.now();
      if (now - last > 2000) { last = now; post("/typing", {trainee: t.id}).catch(function () {}); }
    });
    var b = el("button", "", L.post);
    b.type = "submit";
    form.appendChild(ta);
    form.appendChild(b);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      post("/customer", {trainee: t.id, text: ta.value}).then(function () { ta.value = ""; }, function () {});
    });
    c.appendChild(form);
    return c;
  }
  function drawDesk(st) {
    var box = document.getElementById("desk-cards");
    var taken = st.trainees.filter(function (t) { return t.takeover; });
    document.getElementById("desk-empty").hidden = taken.length > 0;
    var seen = {};
    taken.forEach(function (t) {
      seen[t.id] = true;
      var c = cards[t.id];
      if (!c) { c = cards[t.id] = deskCard(t); box.appendChild(c); }
      c.className = "desk-card" + (t.waiting ? " waiting" : "") + (t.linked ? " linked" : "");
      c.querySelector(".who").textContent = t.name + " — " + (t.title || t.scenario);
      c.querySelector(".state").textContent = t.waiting
        ? fmt(L.waiting, t.customer) + " · " + fmt(L.seconds_left, t.wait_left)
        : (t.playing ? "" : L.not_playing) + (t.fallbacks ? " " + t.fallbacks + "× " + L.fallbacks : "");
      c.querySelector(".state").className = "state" + (t.waiting ? " left" : "");
      var ul = c.querySelector(".their");
      ul.textContent = "";
      t.replies.forEach(function (r) { ul.appendChild(el("li", "", r)); });
      var sg = c.querySelector(".suggs"), sig = JSON.stringify(t.suggestions);
      if (sg.dataset.sig !== sig) {
        sg.dataset.sig = sig;
        sg.textContent = "";
        t.suggestions.forEach(function (s) {
          var b = el("button", "secondary sugg", s);
          b.type = "button";
          b.addEventListener("click", function () { c.querySelector("textarea").value = s; c.querySelector("textarea").focus(); });
          sg.appendChild(b);
        });
      }
      c.querySelector(".sugg-label").hidden = t.suggestions.length === 0;
    });
    Object.keys(cards).forEach(function (id) { if (!seen[id]) { cards[id].remove(); delete cards[id]; } });
  }
  // The control log: who steered when, as the server recorded it.
  function drawLog(log) {
    var list = document.getElementById("log-list");
    var sig = JSON.stringify(log);
    if (list.dataset.sig === sig) return;
    list.dataset.sig = sig;
    list.textContent = "";
    (log || []).forEach(function (e) {
      var li = el("li");
      li.appendChild(el("time", "", e.when)).dateTime = e.at;
      li.appendChild(document.createTextNode(" " + e.text));
      list.appendChild(li);
    });
  }
  var timer = null;
  function refresh() {
    clearTimeout(timer);
    fetch(base + "/state?lang=" + encodeURIComponent(root.dataset.lang), {credentials: "same-origin"})
      .then(function (r) {
        if (r.status === 401) loggedOut();
        if (!r.ok) throw new Error(r.statusText);
        return r.json();
      })
      .then(function (st) {
        L = st.labels;
        drawSteering(st);
        drawTargets(st.targets);
        drawInjects(st.injects);
        var da = document.getElementById("dial-all");
        if (document.activeElement !== da) da.value = String(st.dial);
        drawTrainees(st);
        drawDesk(st);
        drawLog(st.log);
      })
      .catch(function () {})
      .finally(function () { timer = setTimeout(refresh, 1500); });
  }
  refresh();
})();
