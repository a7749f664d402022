// Draws every chart of the page with the book's own Vega bundle (vega-bundle.js: no network needed; the book's
// Sphinx extension adds it, deferred, only to pages with charts). A chart's Vega-Lite spec is inline JSON, or — when
// its data are large — a script next to the page (data-src, relative to the site root) that calls genaiChartSpec().
// Charts follow the theme: redrawn with Vega's dark theme when the page turns dark, and back.
// Marks for measuring: performance.mark("genai-chart-first") when the first chart is drawn,
// "genai-chart-all" when all are; each container gets data-drawn="true" (or "error") and data-mode="light|dark".
(function () {
  "use strict";
  var root = document.documentElement;
  var media = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  var pending = {};   // external specs being loaded: id -> resolve
  var specs = {};     // id -> spec, parsed once
  var views = {};     // id -> vega-embed result
  var drawnMode = null;

  function isDark() {
    var theme = root.dataset.theme;
    if (theme === "dark") { return true; }
    if (theme === "light") { return false; }
    return !!(media && media.matches);
  }

  window.genaiChartSpec = function (id, spec) {
    specs[id] = spec;
    if (pending[id]) { pending[id](spec); delete pending[id]; }
  };

  function specOf(box) {
    if (specs[box.id]) { return Promise.resolve(specs[box.id]); }
    var holder = box.querySelector(".genai-chart-spec");
    var src = holder && holder.dataset.src;
    if (!src) {
      specs[box.id] = JSON.parse(holder.textContent);
      return Promise.resolve(specs[box.id]);
    }
    return new Promise(function (resolve, reject) {  // a <script>, not fetch(): works from file:// too
      pending[box.id] = resolve;
      var script = document.createElement("script");
      script.src = (root.dataset.content_root || "") + src;
      script.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(script);
    });
  }

  // Vega's dark theme recolours axes, legends and titles but leaves text marks (value labels) black.
  function themed(spec, dark) {
    if (!dark) { return spec; }
    var config = Object.assign({}, spec.config || {}, {background: "transparent"});
    config.text = Object.assign({}, config.text || {}, {color: "#fff"});
    return Object.assign({}, spec, {config: config});
  }

  function drawOne(box, dark) {
    var target = box.querySelector(".genai-chart-view");
    return specOf(box).then(function (spec) {
      if (views[box.id]) { views[box.id].finalize(); delete views[box.id]; }
      target.textContent = "";
      return window.vegaEmbed(target, themed(spec, dark),
                              {renderer: "svg", actions: false, theme: dark ? "dark" : undefined});
    }).then(function (result) {
      views[box.id] = result;
      var svg = target.querySelector("svg");
      if (svg) { svg.setAttribute("aria-hidden", "true"); }  // the container's role=img + aria-label speak for it
      box.dataset.mode = dark ? "dark" : "light";
      box.dataset.drawn = "true";
    }).catch(function (error) {
      box.dataset.drawn = "error";
      console.error("chart " + box.id + ": " + error);
    });
  }

  function drawAll() {
    var dark = isDark();
    if (dark === drawnMode) { return; }
    drawnMode = dark;
    var boxes = Array.prototype.slice.call(document.querySelectorAll(".genai-chart"));
    if (!boxes.length) { return; }
    var first = true;
    Promise.all(boxes.map(function (box) {
      return drawOne(box, dark).then(function () {
        if (first && box.dataset.drawn === "true") {
          first = false;
          if (window.performance && performance.mark) { performance.mark("genai-chart-first"); }
        }
      });
    })).then(function () {
      if (window.performance && performance.mark) { performance.mark("genai-chart-all"); }
    });
  }

  function start() {
    if (!document.querySelector(".genai-chart")) { return; }
    if (!window.vegaEmbed) { console.error("vega-bundle.js did not load"); return; }
    drawAll();
    new MutationObserver(drawAll).observe(root, {attributes: true, attributeFilter: ["data-theme"]});
    if (media && media.addEventListener) { media.addEventListener("change", drawAll); }
  }

  // Deferred scripts run in order before DOMContentLoaded; waiting for it also covers a non-deferred include.
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
