// Progressive enhancement only: every page works without this script.
(function () {
  "use strict";

  // Search: Pagefind's UI when the build produced an index.
  var box = document.getElementById("search");
  if (box && box.dataset.pagefindUi && window.PagefindUI) {
    box.textContent = "";
    // Pagefind wants an absolute path; the page carries a relative one so the site works under any base path.
    new window.PagefindUI({ element: "#search", bundlePath: new URL(box.dataset.pagefindUi, document.baseURI).pathname, showSubResults: true, resetStyles: false });
    var field = box.querySelector("input");
    if (field) field.setAttribute("aria-label", "Search episodes");
  }

  // Chapter and paragraph times seek the embedded player instead of leaving the page.
  var player = document.getElementById("player");
  document.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest("[data-seek]") : null;
    if (!link || !player) return;
    var seconds = parseFloat(link.dataset.seek);
    if (isNaN(seconds)) return;
    e.preventDefault();
    if (player.tagName === "AUDIO") {
      player.currentTime = seconds;
      player.play();
    } else if (player.contentWindow) {
      var send = function (func, args) {
        player.contentWindow.postMessage(JSON.stringify({ event: "command", func: func, args: args }), "*");
      };
      send("seekTo", [seconds, true]);
      send("playVideo", []);
    }
    player.scrollIntoView({ behavior: "smooth", block: "nearest" });
  });

  // Episode list: sort and filter on the client.
  var list = document.getElementById("episode-list");
  var filters = document.getElementById("episode-filters");
  if (!list || !filters) return;
  filters.hidden = false;
  var sort = document.getElementById("sort");
  var guest = document.getElementById("filter-guest");
  var topic = document.getElementById("filter-topic");
  var query = new URLSearchParams(window.location.search).get("q") || "";
  var items = Array.prototype.slice.call(list.children);

  function has(value, wanted) {
    return !wanted || (" " + value + " ").indexOf(" " + wanted + " ") >= 0;
  }

  function apply() {
    var mode = sort ? sort.value : "number-desc";
    items.sort(function (a, b) {
      if (mode === "title-asc") return a.dataset.title.localeCompare(b.dataset.title);
      var d = (parseFloat(a.dataset.number) || 0) - (parseFloat(b.dataset.number) || 0);
      if (d === 0) d = a.dataset.date < b.dataset.date ? -1 : a.dataset.date > b.dataset.date ? 1 : 0;
      return mode === "number-asc" ? d : -d;
    });
    var q = query.toLowerCase();
    items.forEach(function (li) {
      var show = has(li.dataset.guests, guest && guest.value) && has(li.dataset.topics, topic && topic.value) &&
        (!q || li.textContent.toLowerCase().indexOf(q) >= 0);
      li.hidden = !show;
      list.appendChild(li);
    });
  }

  [sort, guest, topic].forEach(function (el) { if (el) el.addEventListener("change", apply); });
  apply();
})();
