/*
 * Herald conversion snippet, served by the Herald API at /snippet/herald.js.
 *
 *   <script src="https://herald.example.com/snippet/herald.js" data-site-key="hsk_..." async></script>
 *   ... later, when the visitor converts:
 *   herald.convert("signup", {eventId: "order-1234", value: 49.9, currency: "EUR"});
 *
 * On every page it reads the hclid parameter that Herald's tracked links add and keeps it in localStorage for the
 * attribution window; herald.convert() sends one request with the kept click id and returns a Promise of the answer.
 * Calls made before the script has loaded can be queued: window.herald = window.herald || {q: []};
 * herald.q.push(["convert", "lead", {eventId: "..."}]).
 */
(function () {
  "use strict";
  var ENDPOINT = "__HERALD_ENDPOINT__";
  var WINDOW_MS = __HERALD_WINDOW_MS__;
  var STORAGE_KEY = "herald.hclid";
  var script = document.currentScript;
  var siteKey = script ? script.getAttribute("data-site-key") : null;

  function now() {
    return new Date().getTime();
  }

  function remember() {
    try {
      var match = /[?&]hclid=([A-Za-z0-9_-]{16,32})(?:&|$)/.exec(window.location.search);
      if (match) {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify({id: match[1], expires: now() + WINDOW_MS}));
      }
    } catch (e) {
      // Storage blocked (private mode, policies): conversions are then sent without a click id.
    }
  }

  function clickId() {
    try {
      var kept = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "null");
      if (kept && kept.id && kept.expires > now()) {
        return kept.id;
      }
      window.localStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      // Unreadable or blocked storage: no click id.
    }
    return null;
  }

  function randomId() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    return String(now()) + "-" + Math.random().toString(36).slice(2);
  }

  function convert(type, options) {
    options = options || {};
    if (!siteKey) {
      return Promise.reject(new Error("herald.js: add data-site-key to the script tag"));
    }
    var body = {
      type: type,
      clickId: clickId(),
      eventId: options.eventId || randomId()
    };
    if (options.value !== undefined && options.value !== null) {
      body.value = options.value;
      body.currency = options.currency;
    }
    return fetch(ENDPOINT, {
      method: "POST",
      mode: "cors",
      credentials: "omit",
      keepalive: true,
      headers: {"Content-Type": "application/json", "X-Herald-Site-Key": siteKey},
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json();
    });
  }

  remember();
  var queued = (window.herald && window.herald.q) || [];
  window.herald = {convert: convert, clickId: clickId};
  for (var i = 0; i < queued.length; i++) {
    if (queued[i][0] === "convert") {
      convert(queued[i][1], queued[i][2]);
    }
  }
})();
