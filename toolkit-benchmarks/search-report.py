"""Writes the "Search" section of BENCHMARKS.md from the runs of toolkit-benchmarks/run-search.

usage: search-report.py INDEX_JSON QUERY_JSON SIZE_JSON PAGEFIND_JSON RELEVANCE_TXT BENCHMARKS_MD
The section replaces the one already in the file, or is added at its end; the rest is kept.
"""
import datetime
import json
import re
import sys

index = json.load(open(sys.argv[1]))
query = json.load(open(sys.argv[2]))
size = json.load(open(sys.argv[3]))
pagefind = json.load(open(sys.argv[4]))
relevance = open(sys.argv[5]).read().strip()
target = sys.argv[6]


def metric(results, method, items):
    for r in results:
        if r["benchmark"].endswith("." + method) and r["params"]["items"] == str(items):
            return r["primaryMetric"]
    raise KeyError((method, items))


def fmt(value, digits=1):
    return f"{value:,.{digits}f}"


lines = ["## Search", ""]
lines.append(f"Measured {datetime.date.today().isoformat()} by `toolkit-benchmarks/run-search`"
             " (see the script for forks and iterations). Synthetic case studies, as above; the"
             " Lucene index holds every item in each of the toolkit's locales.")
lines += ["", "### Indexing, beside loading the same items", "",
          "| items | index time per item | vs load and validate | index size per item |",
          "|---|---|---|---|"]
per_item = {}
for items in (1000, 10000, 100000):
    build = metric(index, "index", items)["score"]
    load = metric(index, "baselineLoadAndValidate", items)["score"]
    per_item[items] = build / items
    lines.append(f"| {items:,} | {fmt(build * 1000 / items)} µs | {build / load:.2f}x |"
                 f" {fmt(size[str(items)] / items / 1024, 2)} KiB |")
lines.append("")
lines.append(f"Index time per item at 100,000 items is {per_item[100000] / per_item[1000]:.2f}x the"
             " time per item at 1,000.")

q = metric(query, "query", 100000)
base = metric(query, "baselineListFilter", 100000)
pct = q["scorePercentiles"]
base_pct = base["scorePercentiles"]
lines += ["", "### Query latency on 100,000 items", "",
          "| | median | 99th percentile |", "|---|---|---|",
          f"| a search (hits, snippets, facets, spelling) | {fmt(pct['50.0'])} µs |"
          f" {fmt(pct['99.0'])} µs |",
          f"| baseline: the in-memory term filter of lists | {fmt(base_pct['50.0'])} µs |"
          f" {fmt(base_pct['99.0'])} µs |",
          "",
          f"A search's median is {pct['50.0'] / base_pct['50.0']:.2f}x the term filter's."]

lines += ["", "### Beside Pagefind, for the static export of the same items", "",
          "| items | Lucene index time | Pagefind build time | Lucene index size | Pagefind files |",
          "|---|---|---|---|---|"]
for items in ("1000", "10000"):
    build = metric(index, "index", int(items))["score"]
    lines.append(f"| {int(items):,} | {fmt(build, 0)} ms | {fmt(pagefind[items]['ms'], 0)} ms"
                 f" ({pagefind[items]['ms'] / build:.1f}x) | {fmt(size[items] / 1024 / 1024, 1)} MiB |"
                 f" {fmt(pagefind[items]['bytes'] / 1024 / 1024, 1)} MiB |")
lines.append("")
lines.append("Pagefind's time is the whole `pagefind --site` process on the exported folder; the"
             " Lucene time is the index build alone, in a JVM that has built one index of that size before."
             " Pagefind's files are fetched in"
             " chunks by the browser as a visitor searches; the Lucene index lives in the server's"
             " memory.")

match = re.match(r"relevance: (\d+) judged queries, mean precision at 3 = ([0-9.]+)", relevance)
lines += ["", "### Relevance", "",
          f"Over {match.group(1)} queries judged against the bundled toolkit"
          " (`toolkit-search/src/test/resources/relevance.tsv`), the mean precision at 3 (out of"
          f" the judged relevant items, when fewer than 3) is {match.group(2)}, and every query has"
          " a relevant item among its first three hits. `RelevanceTest` keeps both."]

section = "\n".join(lines) + "\n"
text = open(target).read()
match = re.search(r"^## Search\n.*?(?=^## |\Z)", text, flags=re.S | re.M)
if match:
    text = text[:match.start()] + section + ("\n" if match.end() < len(text) else "") + text[match.end():]
else:
    text = text.rstrip("\n") + "\n\n" + section
open(target, "w").write(text)
