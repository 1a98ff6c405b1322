// The search page of an exported toolkit site. Pagefind (https://pagefind.app) indexes the site
// once `npx pagefind --site DIR` has run; this script then answers the page's own GET form
// (?q=...) in the browser. Results are built as DOM nodes, with text set as text: nothing from
// the index is parsed as markup except Pagefind's <mark> around matched words.
(function () {
  "use strict";
  // This script is assets/toolkit-search.js, below the site root in every language's search page.
  var script = document.currentScript ? document.currentScript.src : window.location.href;
  var results = document.getElementById("toolkit-search-results");
  var words = new URLSearchParams(window.location.search).get("q");
  if (!results || !words || !words.trim()) {
    return;
  }
  var input = document.getElementById("toolkit-search-q");
  if (input) {
    input.value = words;
  }
  var hint = document.querySelector(".toolkit-search .toolkit-hint");
  if (hint) {
    hint.hidden = true;
  }
  var welsh = document.documentElement.lang === "cy";
  var text = welsh
    ? {
        none: "Dim canlyniadau am “{0}”.",
        one: "1 canlyniad am “{0}”",
        many: "{1} canlyniad am “{0}”",
        missing: "Nid yw chwilio wedi'i osod ar y copi hwn o'r wefan eto: rhedwch npx pagefind --site ar ei ffolder."
      }
    : {
        none: "No results for “{0}”.",
        one: "1 result for “{0}”",
        many: "{1} results for “{0}”",
        missing: "Search is not set up on this copy of the site yet: run npx pagefind --site on its folder."
      };

  function say(message, count) {
    var p = document.createElement("p");
    p.className = "toolkit-count";
    p.setAttribute("role", "status");
    p.textContent = message.replace("{0}", words).replace("{1}", String(count));
    results.appendChild(p);
  }

  // Pagefind's excerpt is HTML with <mark>; keep its text and its marks, nothing else.
  function excerpt(html) {
    var p = document.createElement("p");
    p.className = "toolkit-snippet";
    var parsed = new DOMParser().parseFromString("<body>" + html + "</body>", "text/html");
    parsed.body.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(node.textContent));
      }
    });
    return p;
  }

  // Pagefind writes its files to pagefind/ at the site root, beside assets/.
  import(new URL("../pagefind/pagefind.js", script).href)
    .then(function (pagefind) {
      // Result links from the site's own root, wherever the folder is served.
      return pagefind.options({ baseUrl: new URL("../", script).pathname })
        .then(function () {
          return pagefind.search(words);
        })
        .then(function (found) {
        if (found.results.length === 0) {
          say(text.none, 0);
          return;
        }
        return Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); }))
          .then(function (pages) {
            var list = document.createElement("ol");
            list.className = "toolkit-results";
            pages.forEach(function (page) {
              var item = document.createElement("li");
              item.className = "toolkit-result";
              var heading = document.createElement("h2");
              var link = document.createElement("a");
              link.href = page.url;
              link.textContent = (page.meta && page.meta.title) || page.url;
              heading.appendChild(link);
              item.appendChild(heading);
              if (page.meta && page.meta.summary) {
                var summary = document.createElement("p");
                summary.textContent = page.meta.summary;
                item.appendChild(summary);
              }
              item.appendChild(excerpt(page.excerpt || ""));
              list.appendChild(item);
            });
            // The count and the list in one go: whoever sees the count sees the hits.
            say(found.results.length === 1 ? text.one : text.many, found.results.length);
            results.appendChild(list);
          });
      });
    }, function () {
      say(text.missing, 0);
    });
})();
