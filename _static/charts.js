// Draws every chart of the page with the book's own Vega bundle (vega-bundle.js, no network needed).
// Each chart container holds its Vega-Lite spec as inline JSON; charts are redrawn when the theme turns dark/light.
(function () {
  "use strict";
  function isDark() {
    return document.documentElement.dataset.theme === "dark" ||
      (document.documentElement.dataset.mode === "auto" && window.matchMedia &&
       window.matchMedia("(prefers-color-scheme: dark)").matches);
  }
  var views = [];
  function draw() {
    views.forEach(function (v) { v.finalize(); });
    views = [];
    document.querySelectorAll(".genai-chart").forEach(function (box) {
      var spec = JSON.parse(box.querySelector(".genai-chart-spec").textContent);
      var target = box.querySelector(".genai-chart-view");
      var options = {renderer: "svg", actions: false, theme: isDark() ? "dark" : undefined};
      if (isDark()) {
        spec = Object.assign({}, spec, {config: Object.assign({}, spec.config || {}, {background: "transparent"})});
      }
      window.vegaEmbed(target, spec, options).then(function (result) {
        views.push(result);
        box.dataset.drawn = "true";
      }).catch(function (error) {
        box.dataset.drawn = "error";
        console.error("chart " + box.id + ": " + error);
      });
    });
  }
  function start() {
    if (!window.vegaEmbed) { console.error("vega-bundle.js did not load"); return; }
    draw();
    new MutationObserver(draw).observe(document.documentElement, {attributes: true, attributeFilter: ["data-theme"]});
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
