// Chinese search queries. Sphinx indexes Chinese text as words cut by jieba at build time, but it splits a query
// only at spaces and punctuation, so a query such as 生成式人工智能普及率 is looked up as one unknown word. This
// splitter (Sphinx's searchtools.js keeps a splitQuery defined before it) cuts each run of Han characters that is
// not itself an indexed word into the longest indexed words it contains (forward maximum matching over the
// index's own terms). Latin words and numbers are left as Sphinx splits them.
// Opened from file://, the browser refuses the requests Sphinx makes for result summaries (one console error per
// result); there the summaries are switched off, the result list itself works.
var splitQuery = function (query) {
  "use strict";
  var parts = query.split(/[^\p{Letter}\p{Number}_\p{Emoji_Presentation}]+/gu).filter(function (t) { return t; });
  // Search is a top-level const of searchtools.js: a global binding, but not a property of window.
  var index = typeof Search !== "undefined" ? Search._index : null;
  if (!index) { return parts; }
  var has = Object.prototype.hasOwnProperty;
  function known(word) {
    word = word.toLowerCase();
    return has.call(index.terms, word) || has.call(index.titleterms, word);
  }
  var longest = 12;
  var out = [];
  parts.forEach(function (part) {
    if (known(part) || !/\p{Script=Han}/u.test(part)) { out.push(part); return; }
    (part.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) || []).forEach(function (run) {
      if (!/\p{Script=Han}/u.test(run) || known(run)) { out.push(run); return; }
      var words = [];
      var i = 0;
      while (i < run.length) {
        var n = Math.min(longest, run.length - i);
        while (n > 1 && !known(run.substr(i, n))) { n -= 1; }
        if (n > 1) { words.push(run.substr(i, n)); }
        i += n;  // a character that starts no indexed word is skipped
      }
      Array.prototype.push.apply(out, words.length ? words : [run]);
    });
  });
  return out;
};

if (window.location.protocol === "file:" && typeof DOCUMENTATION_OPTIONS !== "undefined") {
  DOCUMENTATION_OPTIONS.SHOW_SEARCH_SUMMARY = false;
}
