/* kbgen service status: re-evaluates the banner, notes and status labels at the browser's
   clock, so a maintenance window that ends at 14:00 stops showing at 14:00 even if the site
   was built at 09:00. The data (epoch milliseconds) is status/live.js, which every page loads
   while an announcement is open or coming (partials/kbgen-banner.html). Without JavaScript the
   build-time state shows (the status page says as of when). */
(function () {
  "use strict";
  var ORDER = ["operational", "under_maintenance", "degraded", "partial_outage", "major_outage"];
  var EVERY_MS = 30000;

  function readData() {
    var data = window.kbgenStatus;
    return data && data.entries ? data : null;
  }

  function worst(statuses) {
    return statuses.reduce(function (a, b) { return ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a; },
                           "operational");
  }

  function isActive(entry, now) {
    return entry.start <= now && (entry.end === null || now < entry.end);
  }

  function inBanner(entry, now) {
    return entry.banner_from <= now && (entry.end === null || now < entry.end);
  }

  function serviceStatus(data, id, now) {
    return worst(data.entries.filter(function (e) {
      return e.services.indexOf(id) >= 0 && isActive(e, now);
    }).map(function (e) { return e.status; }));
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function bannerItem(entry, now, base, words) {
    var item = element("li", "kbgen-banner__item kbgen-banner__item--" + entry.type);
    var kind = entry.type === "incident" ? words.incident :
      (isActive(entry, now) ? words.maintenance_now : words.maintenance);
    var link = element("a", "", entry.title);
    link.href = base.replace(/\/$/, "") + "/" + entry.path;
    item.appendChild(element("strong", "", kind + ":"));
    item.appendChild(document.createTextNode(" "));
    item.appendChild(link);
    item.appendChild(document.createTextNode(" "));
    item.appendChild(element("span", "kbgen-banner__when", entry.when));
    return item;
  }

  function renderBanner(data, now) {
    var box = document.getElementById("kbgen-banner");
    if (!box) return;
    var shown = data.entries.filter(function (e) { return inBanner(e, now); });
    shown.sort(function (a, b) { return (a.type !== "incident") - (b.type !== "incident") || a.start - b.start; });
    var list = element("ul", "kbgen-banner__list");
    var base = box.getAttribute("data-kbgen-base") || ".";
    shown.forEach(function (e) { list.appendChild(bannerItem(e, now, base, data.kinds)); });
    box.replaceChildren(list);
    box.hidden = shown.length === 0;
    box.setAttribute("data-kbgen-live", "true");
  }

  function bound(node, name, fallback) {
    var value = node.getAttribute(name);
    return value ? Number(value) : fallback;
  }

  function toggleWindows(now) {
    document.querySelectorAll("[data-kbgen-until]").forEach(function (node) {
      var from = bound(node, "data-kbgen-from", -Infinity);
      var until = bound(node, "data-kbgen-until", Infinity);
      node.hidden = !(from <= now && now < until);
    });
  }

  /* A list whose every card has ended says so, as the build would have. */
  function toggleEmptyLists() {
    document.querySelectorAll("[data-kbgen-list]").forEach(function (list) {
      var cards = list.querySelectorAll(".kbgen-announcement");
      var visible = Array.prototype.some.call(cards, function (card) { return !card.hidden; });
      var empty = list.querySelector("[data-kbgen-empty]");
      if (empty) empty.hidden = visible;
    });
  }

  function relabel(node, status, text) {
    node.className = node.className.replace(/--[a-z_]+/, "--" + status);
    node.textContent = text;
  }

  function updateStatuses(data, now) {
    var all = data.services.map(function (id) { return serviceStatus(data, id, now); });
    document.querySelectorAll("[data-kbgen-service]").forEach(function (node) {
      var status = serviceStatus(data, node.getAttribute("data-kbgen-service"), now);
      relabel(node, status, data.labels[status]);
    });
    var active = data.entries.filter(function (e) { return isActive(e, now); })
      .map(function (e) { return e.status; });
    var overall = worst(all.concat(active));
    document.querySelectorAll("[data-kbgen-overall]").forEach(function (node) {
      node.className = node.className.replace(/kbgen-overall--[a-z_]+/, "kbgen-overall--" + overall);
      node.setAttribute("data-kbgen-overall", overall);
      var text = node.querySelector(".kbgen-overall__text");
      if (text) text.textContent = data.overall[overall];
      var items = node.querySelector(".kbgen-overall__items");
      if (items) items.replaceChildren.apply(items, openItems(data, now, node));
    });
  }

  /* The home page's status line: " · <title>" for each open incident, then open maintenance. */
  function openItems(data, now, node) {
    var open = data.entries.filter(function (e) { return isActive(e, now); });
    open.sort(function (a, b) { return (a.type !== "incident") - (b.type !== "incident") || a.start - b.start; });
    var base = node.getAttribute("data-kbgen-base") || ".";
    return open.map(function (entry) {
      var item = element("span", "kbgen-overall__item", " · "), link = element("a", "", entry.title);
      link.href = base.replace(/\/$/, "") + "/" + entry.path;
      item.appendChild(link);
      return item;
    });
  }

  function refresh() {
    var data = readData();
    if (!data) return;
    var now = Date.now();
    renderBanner(data, now);
    toggleWindows(now);
    toggleEmptyLists();
    updateStatuses(data, now);
    document.documentElement.setAttribute("data-kbgen-status-checked", String(now));
  }

  refresh();
  window.setInterval(refresh, EVERY_MS);
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(refresh);
})();
