// Scenario studio: edit a case in Dutch and English side by side, with the
// checker, the rubric and the map beside the form. Everything the author
// types is autosaved (to a draft beside the case's files, and to this
// browser's storage) every few seconds; the files change only on Save.
// Text from cases and the server is always put into the page as text
// (textContent, createTextNode), never as HTML.
"use strict";
(function () {
  var body = document.body;
  var BASE = body.dataset.base;
  var UI = body.dataset.lang === "en" ? "en" : "nl";
  var LANGS = ["nl", "en"];
  var T = STUDIO_TEXT[UI];

  var state = {
    id: "", base: "", cases: null, dirty: false, savedDraftAt: 0, editSeq: 0, draftSeq: 0,
    report: null, features: [], game: false, others: 0, conflict: "", tab: randomTab(), open: {},
    // invalid holds what was typed into a number field that is not a
    // number, by "LANG:path" ("both:sla_minutes"): it stays in the field
    // with its error and in the drafts, and the case is not saved with
    // the last number silently in its place.
    invalid: {}
  };

  // randomTab names this tab for the other tabs' notices; a reload keeps
  // the name (sessionStorage is per tab), so it does not count itself twice.
  function randomTab() {
    try { var kept = sessionStorage.getItem("webcaresim-studio-tab"); if (kept) return kept; } catch (e) { /* no storage: a new name */ }
    var id = newTabID();
    try { sessionStorage.setItem("webcaresim-studio-tab", id); } catch (e) { /* no storage */ }
    return id;
  }
  function newTabID() {
    var a = new Uint8Array(8);
    crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  // el builds an element; string children become text nodes.
  function el(tag, attrs) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) continue;
      if (k === "text") e.textContent = v;
      else if (k === "class") e.className = v;
      else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), v);
      else if (k === "value") e.value = v;
      else if (k === "checked") e.checked = !!v;
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (var i = 2; i < arguments.length; i++) add(e, arguments[i]);
    return e;
  }
  function add(e, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { add(e, x); }); return; }
    e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  function svg(tag, attrs) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (var k in attrs || {}) {
      if (k === "text") e.textContent = attrs[k];
      else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), attrs[k]);
      else e.setAttribute(k, attrs[k]);
    }
    return e;
  }

  function api(method, path, data) {
    // The server says what it refuses in the page's language.
    var opts = {method: method, headers: {"X-Studio-Lang": UI}};
    if (data !== undefined) {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(data);
    }
    return fetch(BASE + "/api" + path, opts).then(function (r) {
      return r.json().catch(function () { return {error: r.status + " " + r.statusText}; }).then(function (j) {
        if (!r.ok) { var err = new Error(j.error || r.statusText); err.status = r.status; err.body = j; throw err; }
        return j;
      });
    });
  }

  // ---- paths into the case: "decision[2].choice[1].text" ----
  function parsePath(path) {
    var out = [];
    path.split(".").forEach(function (part) {
      var m = /^([a-z_]+)(?:\[(\d+)\])?$/.exec(part);
      if (!m) return;
      out.push(m[1]);
      if (m[2]) out.push(Number(m[2]) - 1);
    });
    return out;
  }
  function getPath(obj, path) {
    var keys = parsePath(path);
    for (var i = 0; i < keys.length; i++) {
      if (obj === null || obj === undefined) return undefined;
      obj = obj[keys[i]];
    }
    return obj;
  }
  function setPath(obj, path, value) {
    var keys = parsePath(path);
    for (var i = 0; i < keys.length - 1; i++) {
      if (obj[keys[i]] === null || obj[keys[i]] === undefined) obj[keys[i]] = typeof keys[i + 1] === "number" ? [] : {};
      obj = obj[keys[i]];
    }
    obj[keys[keys.length - 1]] = value;
  }
  function casesOf() { return LANGS.map(function (l) { return state.cases[l]; }).filter(Boolean); }

  // ---- editing ----
  function edited(structural) {
    state.dirty = true;
    state.editSeq++;
    document.getElementById("save").disabled = false;
    storeLocal();
    if (structural) render();
    scheduleCheck();
  }

  // input makes one form control bound to a path. lang "both" writes the
  // value into every language (ids, targets, times, numbers).
  function input(path, lang, kind, opts) {
    opts = opts || {};
    var c = state.cases[lang === "both" ? "nl" : lang] || {};
    var v = getPath(c, path);
    var e;
    if (kind === "textarea") e = el("textarea", {rows: opts.rows || 2, value: v || "", dir: "auto"});
    else if (kind === "check") e = el("input", {type: "checkbox", checked: !!v});
    else if (kind === "select") {
      e = el("select", {});
      var choices = opts.choices || [];
      var known = choices.some(function (o) { return o[0] === (v || ""); });
      if (!known && v) choices = choices.concat([[v, v + " ?"]]);
      choices.forEach(function (o) { add(e, el("option", {value: o[0], text: o[1]})); });
      e.value = v || "";
    } else e = el("input", {type: "text", value: v === undefined || v === null ? "" : String(v), inputmode: kind === "number" ? "decimal" : null});
    if (kind === "number") keepInvalid(e, lang + ":" + path);
    if (opts.placeholder) e.placeholder = opts.placeholder;
    e.dataset.path = path;
    e.dataset.lang = lang;
    var ev = kind === "check" || kind === "select" ? "change" : "input";
    e.addEventListener(ev, function () {
      var val;
      var wrap = e.parentNode;
      if (kind === "check") val = e.checked;
      else if (kind === "number") {
        var t = e.value.trim().replace(",", ".");
        if (!numberTyped(e, wrap, lang + ":" + path, t)) { edited(false); return; }
        val = t === "" ? 0 : Number(t);
      } else if (kind === "lines") val = e.value.split("\n").filter(function (x) { return x.trim() !== ""; });
      else val = e.value;
      (lang === "both" ? LANGS : [lang]).forEach(function (l) { if (state.cases[l]) setPath(state.cases[l], path, val); });
      if (kind === "textarea" && opts.scoreKey) previewScore(opts.scoreKey, lang);
      edited(!!opts.structural);
    });
    if (kind === "lines") e.value = (v || []).join("\n");
    return e;
  }
  // grow fits a text area to its text, so a long reply is read whole.
  function grow(t) {
    t.style.height = "auto";
    t.style.height = Math.min(t.scrollHeight + 2, 480) + "px";
  }
  document.addEventListener("input", function (ev) { if (ev.target.tagName === "TEXTAREA") grow(ev.target); });

  // numberTyped records whether what was typed into a number field is a
  // number (or empty) and shows the error beside it when it is not.
  function numberTyped(e, wrap, key, t) {
    if (t !== "" && !isFinite(Number(t))) {
      state.invalid[key] = e.value;
      e.dataset.invalid = "1";
      localProblem(wrap, T.not_a_number.replace("%s", e.value));
      return false;
    }
    delete state.invalid[key];
    delete e.dataset.invalid;
    localProblem(wrap, "");
    return true;
  }
  // keepInvalid shows in a number field made anew (a new render, a
  // restored draft) what was typed there that is not a number.
  function keepInvalid(e, key) {
    if (!(key in state.invalid)) return;
    e.value = state.invalid[key];
    e.dataset.invalid = "1";
  }
  function showInvalid(root) {
    root.querySelectorAll("input[data-invalid]").forEach(function (e) { localProblem(e.parentNode, T.not_a_number.replace("%s", e.value)); });
  }
  function invalidCount() { return Object.keys(state.invalid).length; }

  function localProblem(wrap, msg) {
    var p = wrap.querySelector(":scope > .local");
    if (!msg) { if (p) p.remove(); return; }
    if (!p) { p = el("div", {class: "problem local"}); wrap.appendChild(p); }
    p.textContent = msg;
  }

  // field is a labelled control: one for a shared value, or a Dutch and
  // an English one side by side for a text.
  function field(label, path, kind, opts) {
    opts = opts || {};
    var f = el("div", {class: "field" + (kind === "check" ? " check" : "")});
    f.appendChild(el("label", {text: label}));
    if (opts.shared) {
      var w = el("div", {class: "one", "data-field": path, "data-lang": "both"});
      w.appendChild(input(path, "both", kind, opts));
      f.appendChild(w);
      return f;
    }
    var pair = el("div", {class: "pair"});
    LANGS.forEach(function (l) {
      var w = el("div", {"data-field": path, "data-lang": l});
      w.appendChild(input(path, l, kind === "lines" ? "textarea" : kind, opts));
      if (kind === "lines") w.firstChild.dataset.kind = "lines";
      w.appendChild(el("span", {class: "lang", text: l.toUpperCase()}));
      if (opts.scoreKey) w.appendChild(el("div", {class: "score", "data-score": opts.scoreKey, "data-lang": l, hidden: true}));
      pair.appendChild(w);
    });
    f.appendChild(pair);
    return f;
  }
  // lines fields keep a list of strings; wire them after creation.
  function fixLines(root) {
    root.querySelectorAll("textarea[data-kind=lines]").forEach(function (t) {
      var lang = t.dataset.lang, path = t.dataset.path;
      t.value = (getPath(state.cases[lang] || {}, path) || []).join("\n");
      t.addEventListener("input", function (ev) {
        ev.stopImmediatePropagation();
        var val = t.value.split("\n").filter(function (x) { return x.trim() !== ""; });
        if (state.cases[lang]) setPath(state.cases[lang], path, val);
        edited(false);
      }, true);
    });
  }

  function targets() {
    var c = state.cases.nl || state.cases.en;
    var out = [["", "—"]];
    (c.decision || []).forEach(function (d) { out.push([d.id, T.decision + ": " + d.id]); });
    (c.ending || []).forEach(function (e) { out.push([e.id, T.ending + ": " + e.id]); });
    return out;
  }
  function speakers() {
    var c = state.cases.nl || state.cases.en;
    var out = [["customer", T.customer], ["brand", T.brand]];
    (c.actor || []).forEach(function (a) { out.push([a.id, a.name ? a.name + " (" + a.id + ")" : a.id]); });
    return out;
  }

  // listOps: add / remove / move an item of a list in both languages.
  function listAdd(path, item) {
    LANGS.forEach(function (l) {
      var c = state.cases[l];
      if (!c) return;
      var list = getPath(c, path);
      if (!Array.isArray(list)) { list = []; setPath(c, path, list); }
      list.push(JSON.parse(JSON.stringify(item)));
    });
    edited(true);
  }
  // listRemove removes an item in both languages; the banner offers to
  // put it back, so nothing typed is lost by a slip.
  function listRemove(path, i) {
    var before = JSON.stringify(state.cases);
    LANGS.forEach(function (l) { var list = state.cases[l] && getPath(state.cases[l], path); if (list) list.splice(i, 1); });
    edited(true);
    banner("undo", "info", T.removed, [[T.undo, function () { state.cases = JSON.parse(before); banner("undo"); edited(true); }]]);
  }
  function listMove(path, i, d) {
    LANGS.forEach(function (l) {
      var list = state.cases[l] && getPath(state.cases[l], path);
      if (!list || i + d < 0 || i + d >= list.length) return;
      var x = list[i]; list[i] = list[i + d]; list[i + d] = x;
    });
    edited(true);
  }
  function itemTools(path, i) {
    return el("span", {class: "tools"},
      el("button", {type: "button", class: "tiny secondary", title: T.up, text: "↑", onclick: function () { listMove(path, i, -1); }}),
      el("button", {type: "button", class: "tiny secondary", title: T.down, text: "↓", onclick: function () { listMove(path, i, 1); }}),
      el("button", {type: "button", class: "tiny danger", text: T.remove, onclick: function () { listRemove(path, i); }}));
  }

  // ---- the form ----
  function section(id, title) {
    var s = el("section", {class: "card", id: "sec-" + id});
    s.appendChild(el("h2", {text: title}));
    return s;
  }

  function posts(path, list) {
    var box = el("div", {});
    (list || []).forEach(function (p, i) {
      var pp = path + "[" + (i + 1) + "]";
      box.appendChild(el("div", {class: "sub post", "data-field": pp},
        el("div", {class: "row"},
          field(T.at, pp + ".at", "text", {shared: true, placeholder: "5m"}),
          field(T.by, pp + ".by", "select", {shared: true, choices: speakers(), structural: true}),
          field(T.likes, pp + ".likes", "number", {shared: true}),
          field(T.shares, pp + ".shares", "number", {shared: true}),
          field(T.historical, pp + ".historical", "check", {shared: true}),
          itemTools(path, i)),
        field(T.text, pp + ".text", "textarea"),
        variants(pp + ".variant", p.variant, "text")));
    });
    box.appendChild(el("button", {type: "button", class: "tiny secondary", text: "+ " + T.add_post,
      onclick: function () { listAdd(path, {at: "5m", by: "customer", text: ""}); }}));
    return box;
  }

  // misreadings: wrong readings of the case a reply must not state, each
  // with what such a reply says (the rubric's patterns) and the fact.
  function misreadings(path, list) {
    var box = el("div", {class: "sub", "data-field": path});
    box.appendChild(el("h3", {text: T.misreadings}));
    box.appendChild(el("p", {class: "muted small", text: T.misreadings_help}));
    (list || []).forEach(function (m, i) {
      var mp = path + "[" + (i + 1) + "]";
      box.appendChild(el("div", {class: "sub", "data-field": mp},
        el("div", {class: "row"}, field(T.mis_fact, mp + ".fact", "text"), itemTools(path, i)),
        field(T.mis_says, mp + ".says", "lines")));
    });
    box.appendChild(el("button", {type: "button", class: "tiny secondary", text: "+ " + T.add_misreading,
      onclick: function () { listAdd(path, {says: [], fact: ""}); }}));
    return box;
  }

  // variants: other texts for the rounds whose replies did what the main
  // text presumes they did not (scenarios/README.md, "variant"). textKey
  // is what a variant replaces here: a decision's prompt, or the text of
  // a post or an ending. The tags and the decisions are the same in both
  // languages; the patterns and the text are each language's own. Every
  // key that is set must hold.
  function variants(path, list, textKey) {
    var box = el("div", {class: "variants", "data-field": path});
    if ((list || []).length) {
      // Only where a text has variants: a heading and help under every
      // post would bury the form.
      box.appendChild(el("h3", {text: T.variants}));
      box.appendChild(el("p", {class: "muted small", text: T.variants_help}));
    }
    // after: decisions or endings the round entered.
    var entered = targets().filter(function (o) { return o[0]; });
    (list || []).forEach(function (v, i) {
      var vp = path + "[" + (i + 1) + "]";
      box.appendChild(el("div", {class: "sub variant", "data-field": vp},
        el("div", {class: "row"},
          field(T.var_if, vp + ".if", "text", {shared: true, placeholder: "has:apology|ownership"}),
          itemTools(path, i)),
        idChips(vp + ".after", T.var_after, entered),
        field(T.var_says, vp + ".says", "lines"),
        field(textKey === "prompt" ? T.var_prompt : T.var_text, vp + "." + textKey, "textarea")));
    });
    box.appendChild(el("button", {type: "button", class: "tiny secondary", text: "+ " + T.add_variant, title: T.variants_help,
      onclick: function () { var v = {if: ""}; v[textKey] = ""; listAdd(path, v); }}));
    return box;
  }

  function renderCase(ed) {
    var s = section("case", T.sec_case);
    s.appendChild(el("div", {class: "row"},
      el("div", {class: "field"}, el("label", {text: T.case_id}), el("input", {value: state.id, disabled: true})),
      field(T.channel, "channel", "select", {shared: true, choices: [["twitter", "X / Twitter"], ["facebook", "Facebook"], ["instagram", "Instagram"]]}),
      field(T.difficulty, "difficulty", "select", {shared: true, choices: [["1", "1"], ["2", "2"], ["3", "3"]]}),
      field(T.sla, "sla_minutes", "number", {shared: true}),
      field(T.duration, "duration", "text", {shared: true, placeholder: "1d"})));
    s.querySelectorAll("select[data-path=difficulty]").forEach(function (sel) {
      sel.value = String(getPath(state.cases.nl || state.cases.en, "difficulty") || 1);
      sel.addEventListener("change", function (ev) {
        ev.stopImmediatePropagation();
        LANGS.forEach(function (l) { if (state.cases[l]) state.cases[l].difficulty = Number(sel.value); });
        edited(false);
      }, true);
    });
    s.appendChild(field(T.title, "title", "text"));
    s.appendChild(field(T.summary, "summary", "textarea"));
    s.appendChild(field(T.based_on, "based_on", "text"));
    s.appendChild(field(T.start_clock, "start_clock", "text", {placeholder: "za 11:00"}));
    s.appendChild(field(T.tags, "tags", "lines"));
    var b = el("div", {class: "sub"});
    b.appendChild(el("h3", {text: T.brand}));
    b.appendChild(el("div", {class: "row"},
      field(T.name, "brand.name", "text", {shared: true}),
      field(T.handle, "brand.handle", "text", {shared: true}),
      field(T.followers, "brand.followers", "number", {shared: true})));
    b.appendChild(field(T.signature, "brand.signature", "text", {placeholder: "^Lotte"}));
    b.appendChild(field(T.tone, "brand.tone", "textarea"));
    s.appendChild(b);
    var cr = el("div", {class: "sub"});
    cr.appendChild(el("h3", {text: T.audience}));
    // How the crowd reacts is fitted across cases (game/crowd); a case sets
    // only its audience, so the other crowd keys are not offered.
    cr.appendChild(el("div", {class: "row"},
      field(T.crowd_audience, "crowd.audience", "number", {shared: true})));
    cr.appendChild(field(T.crowd_negative, "crowd.negative", "lines"));
    cr.appendChild(field(T.crowd_positive, "crowd.positive", "lines"));
    s.appendChild(cr);
    s.appendChild(crowdLines());
    ed.appendChild(s);
  }

  // crowdLines: the case's own bystander lines, per stance and per moment
  // they presume ([crowd.lines.STANCE] MOMENT = [...]), in both languages
  // side by side, one line per line. A stance opens by itself when it has
  // lines; the others stay folded so the form stays short.
  var STANCES = ["critic", "supporter", "joker", "customer", "press", "onlooker"];
  var MOMENTS = ["any", "silent", "replied", "apology", "bad"];
  function crowdLines() {
    var box = el("div", {class: "sub crowd-lines", "data-field": "crowd.lines"});
    box.appendChild(el("h3", {text: T.crowd_lines}));
    box.appendChild(el("p", {class: "muted small", text: T.crowd_lines_help}));
    STANCES.forEach(function (st) {
      var n = 0; // lines in the language that has most
      casesOf().forEach(function (c) {
        var k = 0;
        MOMENTS.forEach(function (mo) { k += (getPath(c, "crowd.lines." + st + "." + mo) || []).length; });
        n = Math.max(n, k);
      });
      var key = "lines:" + st;
      var d = el("details", {class: "stance", "data-stance": st, open: n > 0 || state.open[key]});
      d.addEventListener("toggle", function () { state.open[key] = d.open; });
      d.appendChild(el("summary", {text: T["stance_" + st] + (n > 0 ? " (" + n + ")" : "")}));
      MOMENTS.forEach(function (mo) {
        d.appendChild(field(T["moment_" + mo], "crowd.lines." + st + "." + mo, "lines"));
      });
      box.appendChild(d);
    });
    box.appendChild(crowdTied());
    return box;
  }

  // crowdTied: lines that presume an act of the brand's ([[crowd.tied]]),
  // said only once the round did it: after a turn, a reply with these
  // features, or a reply that says these words.
  function crowdTied() {
    var box = el("div", {class: "sub crowd-tied", "data-field": "crowd.tied"});
    box.appendChild(el("h3", {text: T.crowd_tied}));
    box.appendChild(el("p", {class: "muted small", text: T.crowd_tied_help}));
    var c = state.cases.nl || state.cases.en;
    ((c.crowd || {}).tied || []).forEach(function (g, i) {
      var tp = "crowd.tied[" + (i + 1) + "]";
      var sub = el("div", {class: "sub", "data-field": tp});
      sub.appendChild(el("div", {class: "row"},
        field(T.tied_stance, tp + ".stance", "select", {shared: true, choices: STANCES.map(function (st) { return [st, T["stance_" + st]]; })}),
        field(T.tied_moment, tp + ".moment", "select", {shared: true, choices: [["", T.moment_any], ["replied", T.moment_replied], ["apology", T.moment_apology], ["bad", T.moment_bad]]}),
        itemTools("crowd.tied", i)));
      sub.appendChild(idChips(tp + ".after", T.tied_after, targets()));
      // wait: the lines join once the decision's own posts are out, so an
      // onlooker does not ask what the customer is about to say
      sub.appendChild(field(T.tied_wait, tp + ".wait", "check", {shared: true}));
      whenChips(tp, sub);
      sub.appendChild(field(T.tied_says, tp + ".says", "lines"));
      sub.appendChild(field(T.tied_lines, tp + ".lines", "lines"));
      box.appendChild(sub);
    });
    box.appendChild(el("button", {type: "button", class: "tiny secondary", text: "+ " + T.add_tied,
      onclick: function () { listAdd("crowd.tied", {stance: "critic", moment: "bad", lines: []}); }}));
    return box;
  }

  function renderPeople(ed) {
    var s = section("people", T.sec_people);
    s.appendChild(el("h3", {text: T.customer}));
    s.appendChild(el("div", {class: "row"},
      field(T.name, "customer.name", "text", {shared: true}),
      field(T.handle, "customer.handle", "text", {shared: true}),
      field(T.followers, "customer.followers", "number", {shared: true}),
      field(T.mood, "customer.mood", "number", {shared: true})));
    var c = state.cases.nl || state.cases.en;
    (c.actor || []).forEach(function (a, i) {
      var ap = "actor[" + (i + 1) + "]";
      s.appendChild(el("div", {class: "sub", "data-field": ap},
        el("div", {class: "row"},
          field("id", ap + ".id", "text", {shared: true}),
          field(T.kind, ap + ".kind", "select", {shared: true, choices: [["bystander", T.k_bystander], ["customer", T.k_customer], ["celebrity", T.k_celebrity], ["blog", T.k_blog], ["press", T.k_press], ["boycott", T.k_boycott], ["colleague", T.k_colleague]]}),
          field(T.name, ap + ".name", "text", {shared: true}),
          field(T.handle, ap + ".handle", "text", {shared: true}),
          field(T.followers, ap + ".followers", "number", {shared: true}),
          field(T.after_negative, ap + ".after_negative_posts", "number", {shared: true}),
          itemTools("actor", i)),
        field(T.actor_text, ap + ".text", "textarea")));
    });
    s.appendChild(el("button", {type: "button", class: "tiny secondary", id: "pseudonymise", text: T.pseudonymise, onclick: pseudonymise}));
    s.appendChild(document.createTextNode(" "));
    s.appendChild(el("button", {type: "button", class: "tiny secondary", text: "+ " + T.add_persona,
      onclick: function () { listAdd("actor", {id: "persoon-" + ((c.actor || []).length + 1), kind: "bystander", name: "", followers: 200}); }}));
    ed.appendChild(s);
  }

  function renderTimeline(ed) {
    var s = section("timeline", T.sec_timeline);
    s.appendChild(el("p", {class: "muted small", text: T.timeline_help}));
    s.appendChild(posts("post", (state.cases.nl || state.cases.en).post));
    ed.appendChild(s);
  }

  function renderDecision(ed, d, i) {
    var dp = "decision[" + (i + 1) + "]";
    var s = section(dp, T.decision + " " + (i + 1) + ": " + (d.id || "?"));
    s.querySelector("h2").appendChild(itemTools("decision", i));
    s.appendChild(el("div", {class: "row"},
      field("id", dp + ".id", "text", {shared: true, structural: true}),
      field(T.at, dp + ".at", "text", {shared: true, placeholder: "5m"}),
      field(T.timeout, dp + ".timeout", "text", {shared: true, placeholder: "45m"}),
      field(T.on_timeout, dp + ".on_timeout", "select", {shared: true, choices: targets(), structural: true}),
      field(T.free_text, dp + ".allow_free_text", "check", {shared: true, structural: true})));
    s.appendChild(field(T.prompt, dp + ".prompt", "textarea"));
    s.appendChild(variants(dp + ".variant", d.variant, "prompt"));
    s.appendChild(field(T.facts, dp + ".facts", "textarea"));
    s.appendChild(misreadings(dp + ".misreading", d.misreading));
    s.appendChild(el("h3", {text: T.posts_before}));
    s.appendChild(posts(dp + ".post", d.post));
    s.appendChild(el("h3", {text: T.choices}));
    (d.choice || []).forEach(function (ch, j) {
      var cp = dp + ".choice[" + (j + 1) + "]";
      s.appendChild(el("div", {class: "sub choice", "data-field": cp},
        el("div", {class: "row"},
          field(T.next, cp + ".next", "select", {shared: true, choices: targets(), structural: true}),
          field(T.historical_quote, cp + ".historical", "check", {shared: true, structural: true}),
          field(T.historical_path, cp + ".historical_path", "check", {shared: true, structural: true}),
          itemTools(dp + ".choice", j)),
        field(T.choice_text + " " + (j + 1), cp + ".text", "textarea", {scoreKey: cp, rows: 3}),
        field(T.feedback, cp + ".feedback", "textarea")));
    });
    s.appendChild(el("button", {type: "button", class: "tiny secondary", text: "+ " + T.add_choice,
      onclick: function () { listAdd(dp + ".choice", {text: "", next: ""}); }}));
    if (d.allow_free_text) {
      s.appendChild(el("h3", {text: T.routes}));
      s.appendChild(el("p", {class: "muted small", text: T.routes_help}));
      (d.route || []).forEach(function (r, j) { s.appendChild(renderRoute(dp + ".route[" + (j + 1) + "]", r, dp, j)); });
      s.appendChild(el("button", {type: "button", class: "tiny secondary", text: "+ " + T.add_route, "data-add-route": dp,
        onclick: function () {
          // A new route goes before a last one without condition, which
          // would otherwise catch every reply first.
          listAdd(dp + ".route", {when: {}, next: ""});
          var routes = (state.cases.nl || state.cases.en).decision[i].route;
          var n = routes.length;
          if (n > 1 && isEmptyWhen(routes[n - 2].when)) listMove(dp + ".route", n - 1, -1);
        }}));
    }
    s.appendChild(el("h3", {text: T.actions}));
    (d.action || []).forEach(function (a, j) {
      var ap = dp + ".action[" + (j + 1) + "]";
      s.appendChild(el("div", {class: "sub action", "data-field": ap},
        el("div", {class: "row"},
          field(T.kind, ap + ".kind", "select", {shared: true, choices: [["dm", T.a_dm], ["call", T.a_call], ["colleague", T.a_colleague], ["wait", T.a_wait]]}),
          field(T.minutes, ap + ".minutes", "text", {shared: true, placeholder: "5m"}),
          field(T.next, ap + ".next", "select", {shared: true, choices: [["", T.stay]].concat(targets().slice(1)), structural: true}),
          itemTools(dp + ".action", j)),
        field(T.action_text, ap + ".text", "textarea")));
    });
    s.appendChild(el("button", {type: "button", class: "tiny secondary", text: "+ " + T.add_action,
      onclick: function () { listAdd(dp + ".action", {kind: "colleague", minutes: "5m", text: ""}); }}));
    ed.appendChild(s);
  }

  // A route's condition in the rubric's own words: features the reply
  // must have (all), may have (any) or must lack, and score thresholds.
  function renderRoute(rp, r, dp, j) {
    var box = el("div", {class: "sub route", "data-field": rp});
    box.appendChild(el("div", {class: "row"},
      field(T.next, rp + ".next", "select", {shared: true, choices: targets(), structural: true}),
      itemTools(dp + ".route", j)));
    var when = r.when || {};
    var empty = !(when.has || []).length && !(when.has_any || []).length && !(when.lacks || []).length &&
      when.empathy_at_least === undefined && when.deescalation_at_least === undefined &&
      when.deescalation_below === undefined && when.empathy_below === undefined;
    if (empty) box.appendChild(el("p", {class: "small muted", text: T.route_always}));
    whenChips(rp, box);
    box.appendChild(el("div", {class: "row"},
      threshold(rp, "empathy_at_least", T.empathy_at_least),
      threshold(rp, "deescalation_at_least", T.deescalation_at_least),
      threshold(rp, "deescalation_below", T.deescalation_below)));
    return box;
  }
  // whenChips adds the feature lists of the condition at rp + ".when"
  // (a route's, a tied line group's) as chips with a picker.
  function whenChips(rp, box) {
    var when = getPath(state.cases.nl || state.cases.en, rp + ".when") || {};
    [["has", T.when_has], ["has_any", T.when_has_any], ["lacks", T.when_lacks]].forEach(function (kind) {
      var key = kind[0], ids = when[key] || [];
      var line = el("div", {class: "field", "data-field": rp + ".when." + key, "data-lang": "both"});
      line.appendChild(el("label", {text: kind[1]}));
      var chips = el("div", {class: "chips"});
      ids.forEach(function (id, k) {
        var f = featureById(id);
        chips.appendChild(el("span", {class: "chip" + (f && !f.good ? " bad" : "")}, f ? f.label[UI] : id + " ?",
          el("button", {type: "button", title: T.remove, text: "×", onclick: function () {
            LANGS.forEach(function (l) { var w = state.cases[l] && getPath(state.cases[l], rp + ".when"); if (w && w[key]) { w[key].splice(k, 1); if (!w[key].length) delete w[key]; } });
            edited(true);
          }})));
      });
      var sel = el("select", {"aria-label": kind[1]}, el("option", {value: "", text: "+ " + T.add_condition}));
      [[true, T.good_features], [false, T.bad_features]].forEach(function (g) {
        var og = el("optgroup", {label: g[1]});
        state.features.forEach(function (f) { if (f.good === g[0] && ids.indexOf(f.id) < 0) og.appendChild(el("option", {value: f.id, text: f.label[UI]})); });
        sel.appendChild(og);
      });
      sel.addEventListener("change", function () {
        if (!sel.value) return;
        LANGS.forEach(function (l) {
          var c = state.cases[l];
          if (!c) return;
          var w = getPath(c, rp + ".when");
          if (!w) { w = {}; setPath(c, rp + ".when", w); }
          (w[key] = w[key] || []).push(sel.value);
        });
        edited(true);
      });
      chips.appendChild(sel);
      line.appendChild(chips);
      box.appendChild(line);
    });
  }
  // idChips edits a list of ids shared by both languages (a tied line
  // group's turns) as chips with a picker of the choices.
  function idChips(path, label, choices) {
    var ids = getPath(state.cases.nl || state.cases.en, path) || [];
    var line = el("div", {class: "field", "data-field": path, "data-lang": "both"});
    line.appendChild(el("label", {text: label}));
    var chips = el("div", {class: "chips"});
    ids.forEach(function (id, k) {
      chips.appendChild(el("span", {class: "chip"}, id,
        el("button", {type: "button", title: T.remove, text: "×", onclick: function () {
          LANGS.forEach(function (l) { var a = state.cases[l] && getPath(state.cases[l], path); if (a) a.splice(k, 1); });
          edited(true);
        }})));
    });
    var sel = el("select", {"aria-label": label, "data-path": path}, el("option", {value: "", text: "+ " + T.add_condition}));
    choices.forEach(function (o) { if (o[0] && ids.indexOf(o[0]) < 0) sel.appendChild(el("option", {value: o[0], text: o[1]})); });
    sel.addEventListener("change", function () {
      if (!sel.value) return;
      LANGS.forEach(function (l) {
        var c = state.cases[l];
        if (!c) return;
        var a = getPath(c, path);
        if (!Array.isArray(a)) { a = []; setPath(c, path, a); }
        a.push(sel.value);
      });
      edited(true);
    });
    chips.appendChild(sel);
    line.appendChild(chips);
    return line;
  }
  function isEmptyWhen(w) {
    if (!w) return true;
    for (var k in w) { if (Array.isArray(w[k]) ? w[k].length : w[k] !== undefined && w[k] !== null) return false; }
    return true;
  }
  function threshold(rp, key, label) {
    var path = rp + ".when." + key;
    var v = getPath(state.cases.nl || state.cases.en, path);
    var f = el("div", {class: "field"}, el("label", {text: label}));
    var w = el("div", {"data-field": path, "data-lang": "both"});
    var inp = el("input", {type: "text", inputmode: "decimal", value: v === undefined ? "" : String(v), placeholder: "—"});
    keepInvalid(inp, "both:" + path);
    inp.addEventListener("input", function () {
      var t = inp.value.trim().replace(",", ".");
      if (!numberTyped(inp, w, "both:" + path, t)) { edited(false); return; }
      LANGS.forEach(function (l) {
        var c = state.cases[l];
        if (!c) return;
        var wh = getPath(c, rp + ".when");
        if (!wh) { wh = {}; setPath(c, rp + ".when", wh); }
        if (t === "") delete wh[key]; else wh[key] = Number(t);
      });
      edited(false);
    });
    w.appendChild(inp);
    f.appendChild(w);
    return f;
  }
  function featureById(id) {
    for (var i = 0; i < state.features.length; i++) if (state.features[i].id === id) return state.features[i];
    return null;
  }

  function renderEndings(ed) {
    var c = state.cases.nl || state.cases.en;
    (c.ending || []).forEach(function (e, i) {
      var ep = "ending[" + (i + 1) + "]";
      var s = section(ep, T.ending + " " + (i + 1) + ": " + (e.id || "?"));
      s.querySelector("h2").appendChild(itemTools("ending", i));
      s.appendChild(el("div", {class: "row"},
        field("id", ep + ".id", "text", {shared: true, structural: true}),
        field(T.kind, ep + ".kind", "select", {shared: true, choices: [["good", T.e_good], ["mixed", T.e_mixed], ["bad", T.e_bad]], structural: true})));
      s.appendChild(field(T.title, ep + ".title", "text"));
      s.appendChild(field(T.story, ep + ".text", "textarea", {rows: 3}));
      s.appendChild(variants(ep + ".variant", e.variant, "text"));
      s.appendChild(field(T.outcome, ep + ".outcome", "textarea"));
      s.appendChild(el("h3", {text: T.posts_after}));
      s.appendChild(posts(ep + ".post", e.post));
      ed.appendChild(s);
    });
  }

  function renderInjects(ed) {
    var s = section("inject", T.sec_injects);
    s.appendChild(el("p", {class: "muted small", text: T.inject_help}));
    var c = state.cases.nl || state.cases.en;
    (c.inject || []).forEach(function (inj, i) {
      var ip = "inject[" + (i + 1) + "]";
      s.appendChild(el("div", {class: "sub", "data-field": ip},
        el("div", {class: "row"},
          field("id", ip + ".id", "text", {shared: true}),
          field(T.persona, ip + ".persona", "select", {shared: true, choices: [["journalist", "journalist"], ["influencer", "influencer"], ["customer", "customer"], ["leak", "leak"], ["competitor", "competitor"], ["blogger", "blogger"], ["other", "other"]]}),
          field(T.name, ip + ".name", "text", {shared: true}),
          field(T.handle, ip + ".handle", "text", {shared: true}),
          field(T.followers, ip + ".followers", "number", {shared: true}),
          field(T.outlet_followers, ip + ".outlet_followers", "number", {shared: true}),
          field(T.timeout, ip + ".timeout", "text", {shared: true, placeholder: "45m"}),
          field(T.asks_answer, ip + ".asks_answer", "check", {shared: true}),
          itemTools("inject", i)),
        field(T.label, ip + ".label", "text"),
        field(T.text, ip + ".text", "textarea"),
        field(T.prompt, ip + ".prompt", "textarea")));
    });
    s.appendChild(el("button", {type: "button", class: "tiny secondary", text: "+ " + T.add_inject,
      onclick: function () { listAdd("inject", {id: "inject-" + ((c.inject || []).length + 1), persona: "journalist", text: ""}); }}));
    ed.appendChild(s);
  }

  function renderRecord(ed) {
    var s = section("debrief", T.sec_record);
    s.appendChild(field(T.what_happened, "debrief.what_happened", "textarea", {rows: 4}));
    s.appendChild(misreadings("misreading", (state.cases.nl || state.cases.en).misreading));
    s.appendChild(field(T.sources, "debrief.sources", "lines"));
    s.appendChild(field(T.tips, "debrief.tips", "lines"));
    s.appendChild(el("div", {class: "row"},
      field(T.hist_shares, "debrief.historical_shares", "number", {shared: true}),
      field(T.hist_measure, "debrief.historical_measure", "select", {shared: true, choices: [["", "shares"], ["shares", "shares"], ["positive_posts", "positive_posts"]]})));
    s.appendChild(field(T.hist_label, "debrief.historical_label", "text"));
    var c = state.cases.nl || state.cases.en;
    var curve = el("textarea", {rows: 3, placeholder: "0, 0\n240, 40"});
    curve.value = (c.debrief && c.debrief.historical_curve || []).map(function (p) { return p[0] + ", " + p[1]; }).join("\n");
    var cw = el("div", {"data-field": "debrief.historical_curve", "data-lang": "both"}, curve);
    var key = "both:debrief.historical_curve";
    // badLine is the first line that is not a pair of numbers, or "";
    // points gets the pairs.
    function badLine(text, points) {
      var bad = "";
      text.split("\n").forEach(function (line) {
        if (!line.trim()) return;
        var m = line.split(/[,;\s]+/).filter(Boolean).map(Number);
        if (m.length !== 2 || !isFinite(m[0]) || !isFinite(m[1])) bad = bad || line; else points.push(m);
      });
      return bad;
    }
    if (key in state.invalid) {
      // What was typed and is not a curve stays, with its error.
      curve.value = state.invalid[key];
      curve.dataset.invalid = "1";
      localProblem(cw, T.bad_curve.replace("%s", badLine(curve.value, [])));
    }
    curve.addEventListener("input", function () {
      var pts = [], bad = badLine(curve.value, pts);
      localProblem(cw, bad ? T.bad_curve.replace("%s", bad) : "");
      if (bad) {
        state.invalid[key] = curve.value;
        curve.dataset.invalid = "1";
      } else {
        delete state.invalid[key];
        delete curve.dataset.invalid;
        LANGS.forEach(function (l) { if (state.cases[l]) setPath(state.cases[l], "debrief.historical_curve", pts); });
      }
      edited(false);
    });
    s.appendChild(el("div", {class: "field"}, el("label", {text: T.hist_curve}), cw));
    ed.appendChild(s);
  }

  function render() {
    var ed = document.getElementById("editor");
    var keep = window.scrollY;
    ed.textContent = "";
    var nav = document.getElementById("sections");
    nav.textContent = "";
    if (!state.cases) { ed.appendChild(el("p", {class: "muted", text: T.pick_case})); return; }
    renderCase(ed);
    renderPeople(ed);
    renderTimeline(ed);
    var c = state.cases.nl || state.cases.en;
    (c.decision || []).forEach(function (d, i) { renderDecision(ed, d, i); });
    ed.appendChild(el("p", {},
      el("button", {type: "button", class: "secondary", id: "add-decision", text: "+ " + T.add_decision, onclick: function () {
        var n = (c.decision || []).length + 1;
        listAdd("decision", {id: "besluit-" + n, at: "5m", allow_free_text: false, choice: [{text: "", next: ""}]});
      }}), " ",
      el("button", {type: "button", class: "secondary", id: "add-ending", text: "+ " + T.add_ending, onclick: function () {
        var n = (c.ending || []).length + 1;
        listAdd("ending", {id: "einde-" + n, kind: "mixed", text: ""});
      }})));
    renderEndings(ed);
    renderRecord(ed);
    renderInjects(ed);
    fixLines(ed);
    showInvalid(ed);
    ed.querySelectorAll("textarea").forEach(grow);
    ed.querySelectorAll("section.card").forEach(function (s) {
      nav.appendChild(el("a", {href: "#" + s.id, "data-sec": s.id.slice(4), text: s.querySelector("h2").firstChild.textContent}));
    });
    window.scrollTo(0, keep);
    if (state.report) showReport(state.report);
  }

  // ---- checks ----
  var checkTimer = 0;
  function scheduleCheck() {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(runCheck, 500);
  }
  function runCheck() {
    if (!state.cases) return;
    var seq = state.editSeq;
    api("POST", "/check?lang=" + UI, state.cases).then(function (rep) {
      if (seq !== state.editSeq) return; // a newer check follows
      state.report = rep;
      showReport(rep);
    }).catch(function (e) { banner("check", "bad", T.check_failed + " " + e.message); });
  }

  function showReport(rep) {
    document.querySelectorAll(".problem:not(.local)").forEach(function (p) { p.remove(); });
    document.querySelectorAll(".has-problem, .has-warning").forEach(function (p) { p.classList.remove("has-problem", "has-warning"); });
    document.querySelectorAll("#sections a.bad").forEach(function (a) { a.classList.remove("bad"); });
    var unplaced = [];
    LANGS.forEach(function (lang) {
      (rep.problems[lang] || []).forEach(function (p) {
        var host = findField(p.field, lang);
        if (!host) { unplaced.push([lang, p]); return; }
        host.classList.add(p.warning ? "has-warning" : "has-problem");
        var text = (p.warning ? "⚠ " : "✖ ") + p.message;
        // A field both languages share gets the same problem from each:
        // say it once.
        var shown = Array.prototype.some.call(host.querySelectorAll(":scope > .problem:not(.local)"), function (d) { return d.textContent === text; });
        if (!shown) host.appendChild(el("div", {class: "problem" + (p.warning ? " warning" : ""), text: text}));
        if (!p.warning) {
          var sec = host.closest("section.card");
          var a = sec && document.querySelector('#sections a[data-sec="' + sec.id.slice(4).replace(/"/g, "") + '"]');
          if (a) a.classList.add("bad");
        }
      });
      var scores = rep.scores[lang] || {};
      document.querySelectorAll('.score[data-lang="' + lang + '"]').forEach(function (box) { showScore(box, scores[box.dataset.score]); });
    });
    renderSide(rep, unplaced);
  }

  // findField finds the form element a checker path belongs to, or the
  // nearest enclosing one ("decision[1].route" → the decision's section).
  function findField(path, lang) {
    var p = path;
    while (p) {
      var sel = '[data-field="' + p.replace(/"/g, "") + '"]';
      var hosts = document.querySelectorAll(sel);
      for (var i = 0; i < hosts.length; i++) {
        var hl = hosts[i].dataset.lang;
        if (!hl || hl === lang || hl === "both") return hosts[i];
      }
      var sec = document.getElementById("sec-" + p);
      if (sec) return sec.querySelector("h2").parentNode;
      var cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
      p = cut > 0 ? p.slice(0, cut) : "";
    }
    return null;
  }

  function showScore(box, s) {
    box.textContent = "";
    if (!s) { box.hidden = true; return; }
    box.hidden = false;
    box.appendChild(el("span", {class: "nums", text: T.score_line.replace("%o", Math.round(s.overall)).replace("%e", Math.round(s.empathy)).replace("%d", Math.round(s.deescalation))}));
    if (s.best) box.appendChild(el("span", {class: "best", text: T.best_choice}));
    var text = box.parentNode.querySelector("textarea").value;
    box.appendChild(spans(text, s.features || []));
    var labels = [];
    (s.features || []).forEach(function (f) {
      var l = f.label && (f.points >= 0 ? "+ " : "− ") + f.label;
      if (l && labels.indexOf(l) < 0) labels.push(l);
    });
    if (labels.length) box.appendChild(el("div", {class: "muted", text: labels.join(" · ")}));
  }
  // spans draws the reply with the rubric's findings marked (offsets are
  // code points).
  function spans(text, features) {
    var cps = Array.from(text);
    var marks = features.filter(function (f) { return f.end > f.start; }).sort(function (a, b) { return a.start - b.start; });
    var out = el("div", {class: "preview"}), at = 0;
    marks.forEach(function (f) {
      if (f.start < at) return;
      out.appendChild(document.createTextNode(cps.slice(at, f.start).join("")));
      out.appendChild(el("mark", {class: f.points >= 0 ? "plus" : "minus", title: f.label || f.id, text: cps.slice(f.start, f.end).join("")}));
      at = f.end;
    });
    out.appendChild(document.createTextNode(cps.slice(at).join("")));
    return out;
  }
  function previewScore() { /* the next check brings the scores */ }

  // decimal writes a number as the page's language does ("2,7" in Dutch).
  function decimal(x) { return UI === "nl" ? String(x).replace(".", ",") : String(x); }

  function renderSide(rep, unplaced) {
    var side = document.getElementById("side");
    var tryBox = document.getElementById("try");
    if (tryBox) tryBox.remove();
    side.textContent = "";
    var errs = 0, warns = 0;
    LANGS.forEach(function (l) { (rep.problems[l] || []).forEach(function (p) { if (p.warning) warns++; else errs++; }); });
    var sum = el("div", {class: "card", id: "summary"});
    sum.appendChild(el("h2", {text: T.checks}));
    var loads = LANGS.filter(function (l) { return rep.state[l] === "loads"; });
    var line = errs ? T.n_problems.replace("%d", errs).replace("%w", warns) : loads.length ? T.no_problems.replace("%w", warns) : T.nothing_yet;
    sum.appendChild(el("p", {class: errs || !loads.length ? "error" : "kind-good", id: "check-summary", text: line}));
    // Numbers typed that are not numbers are not in the case the checker
    // saw: say so here too, or "no problems" would not be true.
    if (invalidCount()) sum.appendChild(el("p", {class: "error", id: "invalid-summary", text: T.invalid_fields.replace("%d", invalidCount())}));
    var states = el("ul", {class: "small", id: "lang-states"});
    LANGS.forEach(function (l) { states.appendChild(el("li", {class: rep.state[l] === "loads" ? "kind-good" : rep.state[l] === "problems" ? "error" : "muted", text: l.toUpperCase() + ": " + T["state_" + rep.state[l]]})); });
    sum.appendChild(states);
    unplaced.forEach(function (u) { sum.appendChild(el("div", {class: "problem", text: u[0].toUpperCase() + " " + (u[1].field || "") + ": " + u[1].message})); });
    LANGS.forEach(function (l) {
      var len = rep.length[l];
      if (len && len.decisions) sum.appendChild(el("p", {class: "small", text: l.toUpperCase() + " · " + T.length_line.replace("%c", decimal(len.choosing)).replace("%t", decimal(len.typing)).replace("%n", len.decisions)}));
    });
    side.appendChild(sum);
    side.appendChild(renderTry(tryBox));
    var old = document.getElementById("map");
    var map = renderGraph(rep.graph);
    if (old) old.replaceWith(map); else document.getElementById("editor").prepend(map);
    var share = el("div", {class: "card", id: "share"}, el("h2", {text: T.share}));
    if (state.base) {
      var ex = BASE + "/api/cases/" + encodeURIComponent(state.id) + "/export";
      share.appendChild(el("p", {class: "row"},
        el("a", {class: "button secondary", href: ex + "?lang=nl&ui=" + UI, download: state.id + ".nl.toml", text: "NL .toml"}),
        el("a", {class: "button secondary", href: ex + "?lang=en&ui=" + UI, download: state.id + ".en.toml", text: "EN .toml"}),
        el("a", {class: "button secondary", href: ex + "?ui=" + UI, download: state.id + ".zip", text: "zip (NL + EN)"})));
      share.appendChild(el("p", {class: "small muted", text: T.share_help}));
    } else share.appendChild(el("p", {class: "small muted", text: T.share_first}));
    side.appendChild(share);
    var src = el("details", {class: "card"}, el("summary", {text: T.toml}));
    LANGS.forEach(function (l) { if (rep.toml[l]) src.appendChild(el("div", {class: "toml", text: rep.toml[l]})); });
    side.appendChild(src);
  }

  function renderGraph(g) {
    var box = el("div", {class: "card graph", id: "map"});
    box.appendChild(el("h2", {text: T.map}));
    var nodes = g.nodes || [], w = 180, h = 56, maxX = 0, maxY = 0, byID = {};
    nodes.forEach(function (n) { byID[n.id] = n; maxX = Math.max(maxX, n.x + w); maxY = Math.max(maxY, n.y + h); });
    var s = svg("svg", {viewBox: "0 0 " + (maxX + 20) + " " + (maxY + 20), role: "img", "aria-label": T.map});
    var defs = svg("defs", {});
    var marker = svg("marker", {id: "arrow", viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse"});
    marker.appendChild(svg("path", {d: "M 0 0 L 10 5 L 0 10 z", fill: "#90a4ae"}));
    defs.appendChild(marker);
    s.appendChild(defs);
    (g.edges || []).forEach(function (e, i) {
      var a = byID[e.from], b = byID[e.to];
      if (!a || !b) return;
      var x1 = a.x + w, y1 = a.y + h / 2, x2 = b.x, y2 = b.y + h / 2;
      if (b.x <= a.x) { x2 = b.x + w / 2; y2 = b.y + (b.y > a.y ? 0 : h); x1 = a.x + w / 2; y1 = a.y + (b.y > a.y ? h : 0); }
      var mx = (x1 + x2) / 2, off = (i % 3 - 1) * 6;
      s.appendChild(svg("path", {class: "edge " + e.kind + (e.historical ? " historical" : ""), d: "M" + x1 + " " + y1 + " C" + mx + " " + (y1 + off) + " " + mx + " " + (y2 + off) + " " + x2 + " " + y2, "marker-end": "url(#arrow)"}));
      s.appendChild(svg("text", {class: "elabel", x: mx, y: (y1 + y2) / 2 + off - 2, text: e.label}));
    });
    nodes.forEach(function (n) {
      var cls = "node " + n.kind + (n.ending_kind ? " " + n.ending_kind : "") + (n.start ? " start" : "") + (n.unreachable ? " unreachable" : "") + (n.dead_end ? " deadend" : "");
      var gEl = svg("g", {class: cls, "data-id": n.id, transform: "translate(" + n.x + "," + n.y + ")", tabindex: "0",
        onclick: function () { openNode(n); }, onkeydown: function (ev) { if (ev.key === "Enter") openNode(n); }});
      gEl.appendChild(svg("rect", {width: w, height: h, rx: n.kind === "ending" ? 18 : 6}));
      gEl.appendChild(svg("text", {x: 8, y: 16, "font-weight": "bold", text: (n.kind === "ending" ? "■ " : n.kind === "missing" ? "? " : "◆ ") + n.id}));
      gEl.appendChild(svg("text", {x: 8, y: 31, text: (n.label || "").slice(0, 28)}));
      var flags = [];
      if (n.unreachable) flags.push([T.flag_unreachable, ""]);
      if (n.dead_end) flags.push([T.flag_deadend, ""]);
      if (n.kind === "missing") flags.push([T.flag_missing, ""]);
      if (n.problems) flags.push(["✖ " + n.problems, ""]);
      if (n.untranslated) flags.push(["⚑ " + T.flag_untranslated.replace("%d", n.untranslated), "warn"]);
      flags.slice(0, 2).forEach(function (f, k) { gEl.appendChild(svg("text", {class: "flag " + f[1], x: 8 + k * 86, y: 48, text: f[0]})); });
      gEl.appendChild(svg("title", {text: n.id + (n.label ? ": " + n.label : "") + flags.map(function (f) { return " · " + f[0]; }).join("")}));
      s.appendChild(gEl);
    });
    box.appendChild(s);
    box.appendChild(el("p", {class: "legend", text: T.map_legend}));
    return box;
  }
  function openNode(n) {
    var sec = n.path && document.getElementById("sec-" + n.path);
    if (!sec) return;
    sec.scrollIntoView({block: "start"});
    var first = sec.querySelector("input:not([disabled]), textarea, select");
    if (first) first.focus({preventScroll: true});
    sec.classList.add("flash");
  }

  // ---- try it now ----
  function renderTry(prev) {
    if (prev) return prev;
    var box = el("div", {class: "card", id: "try"});
    box.appendChild(el("h2", {text: T.try_now}));
    var row = el("div", {class: "row"});
    LANGS.forEach(function (l) {
      row.appendChild(el("button", {type: "button", id: "play-" + l, text: T.play_in.replace("%s", l.toUpperCase()), onclick: function () { tryPlay(l); }}));
    });
    row.appendChild(el("button", {type: "button", class: "secondary", id: "all-paths", text: T.all_paths, onclick: allPaths}));
    row.appendChild(el("button", {type: "button", class: "secondary", id: "worlds", text: T.worlds, onclick: worlds}));
    box.appendChild(row);
    if (!state.game) box.appendChild(el("p", {class: "small muted", text: T.no_game}));
    box.appendChild(el("div", {id: "try-out"}));
    return box;
  }
  // playLang is the page's language, or the other when only that one loads.
  function playLang() {
    var st = state.report && state.report.state || {};
    if (st[UI] !== "loads" && st[UI === "nl" ? "en" : "nl"] === "loads") return UI === "nl" ? "en" : "nl";
    return UI;
  }
  function tryOut() { var o = document.getElementById("try-out"); o.textContent = ""; return o; }
  function tryPlay(lang) {
    var w = window.open("", "_blank");
    api("POST", "/try", {cases: state.cases, lang: lang}).then(function (r) {
      if (w) w.location = r.url; else location.href = r.url;
    }).catch(function (e) { if (w) w.close(); tryOut().appendChild(el("p", {class: "error", text: e.message})); });
  }
  function allPaths() {
    var out = tryOut();
    out.appendChild(el("p", {class: "muted", text: T.working}));
    api("POST", "/paths", {cases: state.cases, lang: playLang()}).then(function (r) {
      out.textContent = "";
      var t = el("table", {id: "paths-table"}, el("tr", {},
        el("th", {text: T.col_path}), el("th", {text: T.col_score}), el("th", {text: T.col_ending}), el("th", {text: T.col_peak}), el("th", {text: T.col_negative})));
      r.paths.forEach(function (p) {
        t.appendChild(el("tr", {class: p.historical ? "historical" : ""},
          el("td", {text: (p.choices || []).join(" → ") + (p.historical ? " ★" : "")}),
          el("td", {class: "num", text: p.error ? "" : Math.round(p.overall) + " (" + decimal(p.grade) + ")"}),
          el("td", {class: "kind-" + p.ending_kind, text: p.error ? p.error : p.ending}),
          el("td", {class: "num", text: p.error ? "" : Math.round(p.peak_outrage)}),
          el("td", {class: "num", text: p.error ? "" : p.negative})));
      });
      out.appendChild(t);
      out.appendChild(el("p", {class: "legend", text: T.paths_legend + (r.truncated ? " " + T.truncated : "")}));
    }).catch(function (e) { out.textContent = ""; out.appendChild(el("p", {class: "error", text: e.message})); });
  }
  function worlds() {
    var out = tryOut();
    out.appendChild(el("p", {class: "muted", text: T.working}));
    api("POST", "/worlds", {cases: state.cases, lang: playLang()}).then(function (w) {
      out.textContent = "";
      out.appendChild(el("p", {id: "worlds-result", text: T.worlds_line.replace("%n", w.worlds)}));
      var t = el("table", {}, el("tr", {}, el("th", {}), el("th", {text: "10%"}), el("th", {text: "50%"}), el("th", {text: "90%"})));
      [[T.col_reach, w.reach], [T.col_posts, w.posts]].forEach(function (r) {
        t.appendChild(el("tr", {}, el("td", {text: r[0]}), [r[1].p10, r[1].median, r[1].p90].map(function (x) { return el("td", {class: "num", text: Math.round(x)}); })));
      });
      out.appendChild(t);
      var ends = el("ul", {});
      Object.keys(w.endings).sort().forEach(function (k) { ends.appendChild(el("li", {text: k + ": " + w.endings[k] + "×"})); });
      out.appendChild(ends);
      out.appendChild(el("p", {class: w.storm ? "error" : "kind-good", text: T.storms.replace("%d", w.storm).replace("%n", w.worlds)}));
    }).catch(function (e) { out.textContent = ""; out.appendChild(el("p", {class: "error", text: e.message})); });
  }

  // ---- banners ----
  function banner(key, kind, text, buttons) {
    var host = document.getElementById("banners");
    var old = host.querySelector('[data-key="' + key + '"]');
    if (old) old.remove();
    if (!text) return;
    var b = el("div", {class: "banner " + kind, "data-key": key, id: "banner-" + key}, el("span", {text: text}));
    (buttons || []).forEach(function (x) { b.appendChild(el("button", {type: "button", class: "tiny secondary", text: x[0], onclick: x[1]})); });
    host.appendChild(b);
  }

  // ---- autosave, tabs, files changed by hand ----
  function localKey() { return "webcaresim-studio:" + BASE + ":" + state.id; }
  function storeLocal() {
    try { localStorage.setItem(localKey(), JSON.stringify({base: state.base, cases: state.cases, invalid: state.invalid, at: Date.now()})); } catch (e) { /* full or off: the server draft still keeps it */ }
  }
  function autosave() {
    if (!state.cases || state.draftSeq === state.editSeq) return;
    var seq = state.editSeq;
    api("POST", "/cases/" + encodeURIComponent(state.id) + "/draft", {base: state.base, tab: state.tab, cases: state.cases, invalid: state.invalid}).then(function (r) {
      state.draftSeq = seq;
      document.getElementById("autosave").textContent = T.autosaved.replace("%s", new Date().toLocaleTimeString(UI));
      tabs(r.others);
    }).catch(function (e) { document.getElementById("autosave").textContent = T.autosave_failed + " " + e.message; });
  }
  function tabs(others) {
    state.others = others;
    banner("tabs", "info", others ? T.other_tabs.replace("%d", others) : "");
  }
  function poll() {
    if (!state.id) return;
    api("GET", "/cases/" + encodeURIComponent(state.id) + "/status?tab=" + state.tab).then(function (r) {
      tabs(r.others);
      if (r.version && r.version !== state.base && state.conflict !== r.version) {
        if (!state.dirty) { openCase(state.id, T.reloaded); return; }
        state.conflict = r.version;
        banner("conflict", "bad", T.conflict, [
          [T.load_file, function () { dropLocal(); openCase(state.id, T.reloaded, true); }],
          [T.keep_mine, function () { state.base = r.version; state.conflict = ""; banner("conflict"); storeLocal(); }]]);
      }
    }).catch(function () {});
  }
  function dropLocal() { try { localStorage.removeItem(localKey()); } catch (e) { /* nothing kept */ } }
  window.addEventListener("pagehide", function () {
    if (!state.cases || state.draftSeq === state.editSeq) return;
    storeLocal();
    var blob = new Blob([JSON.stringify({base: state.base, tab: state.tab, cases: state.cases, invalid: state.invalid})], {type: "application/json"});
    navigator.sendBeacon(BASE + "/api/cases/" + encodeURIComponent(state.id) + "/draft", blob);
  });

  // ---- opening and saving ----
  function openCase(id, notice, ignoreDraft) {
    return api("GET", "/cases/" + encodeURIComponent(id)).then(function (doc) {
      start(id, doc, notice, ignoreDraft);
    }).catch(function (e) {
      if (e.status === 404) { var local = readLocal(id); if (local) { state.id = id; begin(id, "", local.cases, true, local.invalid); return; } }
      banner("open", "bad", e.message);
    });
  }
  function readLocal(id) {
    try { return JSON.parse(localStorage.getItem("webcaresim-studio:" + BASE + ":" + id) || "null"); } catch (e) { return null; }
  }
  function start(id, doc, notice, ignoreDraft) {
    var cases = doc.cases, restored = "";
    state.conflict = "";
    banner("conflict");
    banner("broken", "bad", doc.broken ? T.broken.replace("%s", Object.keys(doc.broken).map(function (l) { return l.toUpperCase() + ": " + doc.broken[l]; }).join("; ")) : "");
    var local = readLocal(id);
    var draft = ignoreDraft ? null : doc.draft;
    if (!ignoreDraft && local && (!draft || local.at > Date.parse(draft.saved))) draft = {base: local.base, cases: local.cases, invalid: local.invalid, saved: new Date(local.at).toISOString()};
    var dirty = false;
    var invalid = {};
    if (draft && draft.cases && (JSON.stringify(draft.cases) !== JSON.stringify(cases) || Object.keys(draft.invalid || {}).length)) {
      invalid = draft.invalid || {};
      cases = draft.cases;
      dirty = true;
      restored = T.restored.replace("%s", new Date(draft.saved).toLocaleString(UI));
      if (draft.base !== doc.version && doc.version) {
        state.conflict = doc.version;
        banner("conflict", "bad", T.conflict_draft, [
          [T.load_file, function () { dropLocal(); api("POST", "/cases/" + encodeURIComponent(id) + "/draft", {base: doc.version, tab: state.tab, cases: doc.cases}).finally(function () { openCase(id, T.reloaded, true); }); }],
          [T.keep_mine, function () { state.base = doc.version; state.conflict = ""; banner("conflict"); storeLocal(); }]]);
      }
    }
    begin(id, draft && draft.base !== doc.version && dirty ? draft.base : doc.version, cases, dirty, invalid);
    banner("notice", "info", notice || restored || "");
  }
  function begin(id, base, cases, dirty, invalid) {
    LANGS.forEach(function (l) { if (!cases[l]) cases[l] = skeletonOf(cases[l === "nl" ? "en" : "nl"], l); });
    state.id = id; state.base = base; state.cases = cases; state.dirty = dirty; state.report = null; state.invalid = invalid || {};
    state.editSeq = dirty ? 1 : 0; state.draftSeq = 0;
    if (!dirty) state.draftSeq = state.editSeq;
    document.getElementById("save").disabled = !dirty;
    history.replaceState(null, "", "?lang=" + UI + "&case=" + encodeURIComponent(id));
    selectInList(id);
    render();
    runCheck();
    poll();
  }
  function skeletonOf(c, lang) {
    var s = JSON.parse(JSON.stringify(c || {}));
    s.language = lang;
    (function clear(o, key) {
      if (Array.isArray(o)) { o.forEach(function (x, i) { if (typeof x === "object" && x) clear(x, key); else if (key === "lines") o[i] = ""; }); return; }
      for (var k in o) {
        if (["title", "summary", "based_on", "text", "prompt", "facts", "feedback", "outcome", "what_happened", "historical_label", "signature", "tone", "start_clock"].indexOf(k) >= 0 && typeof o[k] === "string") o[k] = "";
        else if (["sources", "tips", "tags", "negative", "positive", "neutral", "any", "silent", "replied", "apology", "bad", "lines", "says"].indexOf(k) >= 0 && Array.isArray(o[k])) o[k] = [];
        else if (o[k] && typeof o[k] === "object" && k !== "when" && k !== "historical_curve") clear(o[k], k);
      }
    })(s);
    return s;
  }
  function save() {
    if (!state.cases) return;
    if (invalidCount()) {
      // The file would get the last number in place of what was typed.
      banner("notice", "bad", T.not_saved_invalid.replace("%d", invalidCount()));
      var first = document.querySelector("#editor [data-invalid]");
      if (first) { first.scrollIntoView({block: "center"}); first.focus(); }
      return;
    }
    var seq = state.editSeq;
    api("POST", "/cases/" + encodeURIComponent(state.id) + "/save", {base: state.base, cases: state.cases}).then(function (r) {
      state.base = r.version;
      if (seq === state.editSeq) { state.dirty = false; state.draftSeq = seq; document.getElementById("save").disabled = true; dropLocal(); }
      banner("notice", "info", T.saved);
      banner("conflict");
      refreshList(state.id);
    }).catch(function (e) {
      if (e.status === 409) {
        banner("conflict", "bad", T.conflict, [
          [T.load_file, function () { dropLocal(); openCase(state.id, T.reloaded, true); }],
          [T.keep_mine, function () { state.base = e.body.version; banner("conflict"); save(); }]]);
      } else banner("notice", "bad", T.save_failed + " " + e.message);
    });
  }

  function refreshList(select) {
    return api("GET", "/cases").then(function (r) {
      var sel = document.getElementById("case-list");
      sel.textContent = "";
      sel.appendChild(el("option", {value: "", text: T.choose_case.replace("%s", r.folder)}));
      (r.cases || []).forEach(function (c) {
        var t = c.titles[UI] || c.titles.nl || c.titles.en || "";
        sel.appendChild(el("option", {value: c.id, text: c.id + (t ? " — " + t : "") + (c.draft ? " ✎" : "") + (c.problem ? " ✖" : "")}));
      });
      if (select) selectInList(select);
    });
  }
  function selectInList(id) {
    var sel = document.getElementById("case-list");
    if (!Array.prototype.some.call(sel.options, function (o) { return o.value === id; })) sel.appendChild(el("option", {value: id, text: id + " ✎"}));
    sel.value = id;
  }

  function newCase() {
    document.getElementById("new-error").textContent = "";
    document.getElementById("new-dialog").showModal();
  }
  function newGo(ev) {
    ev.preventDefault();
    var id = document.getElementById("new-id").value.trim();
    api("GET", "/blank?id=" + encodeURIComponent(id)).then(function (r) {
      document.getElementById("new-dialog").close();
      begin(r.id, "", r.cases, true);
      autosave();
    }).catch(function (e) { document.getElementById("new-error").textContent = e.message; });
  }
  function importThread() {
    var d = document.getElementById("thread-dialog");
    document.getElementById("thread-error").textContent = "";
    document.getElementById("thread-lang").value = UI;
    d.showModal();
  }
  function threadGo(ev) {
    ev.preventDefault();
    var req = {text: document.getElementById("thread-text").value, brand: document.getElementById("thread-brand").value,
      lang: document.getElementById("thread-lang").value, id: document.getElementById("thread-id").value.trim()};
    api("POST", "/thread", req).then(function (r) {
      document.getElementById("thread-dialog").close();
      var exists = Array.prototype.some.call(document.getElementById("case-list").options, function (o) { return o.value === r.id; });
      if (exists) { banner("notice", "bad", T.id_exists.replace("%s", r.id)); return; }
      begin(r.id, "", r.cases, true);
      autosave();
      banner("notice", "info", T.thread_done.replace("%d", r.posts), [[T.pseudonymise, pseudonymise]]);
    }).catch(function (e) { document.getElementById("thread-error").textContent = e.message; });
  }
  function pseudonymise() {
    api("POST", "/pseudonymise", state.cases).then(function (p) {
      state.cases = p;
      banner("notice", "info", T.pseudonymised);
      edited(true);
    }).catch(function (e) { banner("notice", "bad", e.message); });
  }
  function upload(ev) {
    var f = ev.target.files[0];
    ev.target.value = "";
    if (!f) return;
    if (f.size > (1 << 20)) { banner("notice", "bad", T.too_big); return; }
    f.arrayBuffer().then(function (buf) {
      return fetch(BASE + "/api/upload", {method: "POST", body: buf, headers: {"X-Studio-Lang": UI, "X-Studio-File": encodeURIComponent(f.name)}}).then(function (r) { return r.json().then(function (j) { if (!r.ok) throw new Error(j.error); return j; }); });
    }).then(function (r) {
      var exists = Array.prototype.some.call(document.getElementById("case-list").options, function (o) { return o.value === r.id; });
      if (exists) { banner("notice", "bad", T.id_exists.replace("%s", r.id)); return; }
      begin(r.id, "", r.cases, true);
      autosave();
    }).catch(function (e) { banner("notice", "bad", e.message); });
  }

  // ---- start ----
  document.querySelectorAll("[data-t]").forEach(function (n) { n.textContent = T[n.dataset.t] || n.dataset.t; });
  document.getElementById("thread-help-example");
  document.getElementById("lang-" + UI).classList.add("current");
  document.getElementById("save").addEventListener("click", save);
  document.getElementById("new-case").addEventListener("click", newCase);
  document.getElementById("import-thread").addEventListener("click", importThread);
  document.getElementById("thread-form").addEventListener("submit", function (ev) { if (ev.submitter && ev.submitter.value === "go") threadGo(ev); });
  document.getElementById("upload").addEventListener("change", upload);
  document.getElementById("new-form").addEventListener("submit", function (ev) { if (ev.submitter && ev.submitter.value === "go") newGo(ev); });
  document.getElementById("case-list").addEventListener("change", function (ev) {
    var id = ev.target.value;
    if (!id) return;
    autosave();
    openCase(id);
  });
  document.addEventListener("keydown", function (ev) {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "s") { ev.preventDefault(); save(); }
  });
  setInterval(autosave, 3000);
  setInterval(poll, 3000);
  var langLinks = function () {
    ["nl", "en"].forEach(function (l) { document.getElementById("lang-" + l).href = "?lang=" + l + (state.id ? "&case=" + encodeURIComponent(state.id) : ""); });
  };
  setInterval(langLinks, 1000);
  api("GET", "/features").then(function (r) { state.features = r.features || []; state.game = r.game; })
    .finally(function () {
      refreshList().then(function () {
        var want = new URLSearchParams(location.search).get("case");
        if (want) openCase(want);
      });
    });
})();
