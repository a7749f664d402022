// Makes the page's charts interactive with the book's own Vega bundle (vega-bundle.js: no network needed). Each
// chart first shows the static SVG the build drew (light or dark, as the stylesheet picks), so the page paints and
// settles without the 0.9 MB bundle. The bundle is loaded at the reader's first scroll, touch, click or key press
// (or at once when the page opens scrolled down, e.g. at an anchor); from then on each chart is drawn live when it
// comes near the viewport. A chart's Vega-Lite spec is inline JSON, or — when its data are large — a script next to
// the page (data-src, relative to the site root) that calls genaiChartSpec().
// Live charts follow the theme: redrawn with Vega's dark theme when the page turns dark, and back.
// Marks for measuring: performance.mark("genai-chart-first") when the first chart is drawn live,
// "genai-chart-all" when all are; each container gets data-drawn="true" (or "error") and data-mode="light|dark".
(function () {
  "use strict";
  var root = document.documentElement;
  var media = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  var pending = {};   // external specs being loaded: id -> resolve
  var specs = {};     // id -> spec, parsed once
  var views = {};     // id -> vega-embed result

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

  var boxes = [];
  var drawn = 0;

  function drawLive(box) {
    if (box.dataset.drawn) { return; }
    box.dataset.drawn = "drawing";
    drawOne(box, isDark()).then(function () {
      drawn += 1;
      if (!window.performance || !performance.mark) { return; }
      if (drawn === 1) { performance.mark("genai-chart-first"); }
      if (drawn === boxes.length) { performance.mark("genai-chart-all"); }
    });
  }

  function redrawForTheme() {
    var dark = isDark();
    boxes.forEach(function (box) {
      if (box.dataset.drawn === "true" && box.dataset.mode !== (dark ? "dark" : "light")) { drawOne(box, dark); }
    });
  }

  function loadBundle() {
    return new Promise(function (resolve, reject) {
      if (window.vegaEmbed) { resolve(); return; }
      var script = document.createElement("script");
      script.src = (root.dataset.content_root || "") + "_static/vega-bundle.js";
      script.onload = function () { window.vegaEmbed ? resolve() : reject(new Error("no vegaEmbed")); };
      script.onerror = function () { reject(new Error("could not load vega-bundle.js")); };
      document.head.appendChild(script);
    });
  }

  var EVENTS = ["scroll", "wheel", "pointerdown", "pointermove", "touchstart", "keydown"];

  // Not in the capture phase: the theme scrolls its sidebar to the current chapter, and that scroll is no reader's.
  function goLive() {
    EVENTS.forEach(function (name) { window.removeEventListener(name, goLive); });
    loadBundle().then(function () {
      var near = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) { near.unobserve(entry.target); drawLive(entry.target); }
        });
      }, {rootMargin: "200px 0px"});
      boxes.forEach(function (box) { near.observe(box); });
      new MutationObserver(redrawForTheme).observe(root, {attributes: true, attributeFilter: ["data-theme"]});
      if (media && media.addEventListener) { media.addEventListener("change", redrawForTheme); }
    }).catch(function (error) { console.error(String(error)); });
  }

  function start() {
    boxes = Array.prototype.slice.call(document.querySelectorAll(".genai-chart"));
    if (!boxes.length) { return; }
    if (window.scrollY > 0) { goLive(); return; }
    EVENTS.forEach(function (name) { window.addEventListener(name, goLive, {passive: true}); });
  }

  // Deferred scripts run in order before DOMContentLoaded; waiting for it also covers a non-deferred include.
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
