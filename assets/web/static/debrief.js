// The projector debrief: the arrow keys step through the decisions.
"use strict";
(function () {
  var room = document.getElementById("debrief");
  if (!room) return;
  document.addEventListener("keydown", function (e) {
    if (e.target && (e.target.tagName === "SELECT" || e.target.tagName === "INPUT")) return;
    var to = e.key === "ArrowLeft" ? room.dataset.prev : e.key === "ArrowRight" ? room.dataset.next : "";
    if (to) { e.preventDefault(); location.href = to; }
  });
})();
