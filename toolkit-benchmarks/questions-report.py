"""Writes the "Questions" section of BENCHMARKS.md from the runs of toolkit-benchmarks/run-questions.

usage: questions-report.py H2_JSON PG_JSON FAQ_JSON BENCHMARKS_MD
The section replaces the one already in the file, or is added at its end; the rest is kept.
"""
import datetime
import json
import re
import sys

loads = [json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))]
faq = json.load(open(sys.argv[3]))
target = sys.argv[4]


def score(method, published):
    for r in faq:
        if r["benchmark"].endswith("." + method) and r["params"]["published"] == str(published):
            return r["primaryMetric"]["score"]
    raise KeyError((method, published))


lines = ["## Questions", ""]
lines.append(f"Measured {datetime.date.today().isoformat()} by `toolkit-benchmarks/run-questions`"
             " (see the script for rounds, forks and iterations).")
lines += ["", "### Submissions over loopback", "",
          "A running `serve` (the runnable jar), 8 clients at once, each submission a form with its"
          " own token, stored and answered `303`; beside it, the same clients reading the FAQ page.",
          "", "| store | submissions per second | FAQ page reads per second | ratio |",
          "|---|---|---|---|"]
for load in loads:
    lines.append(f"| {load['store']} | {load['submissionsPerSecond']:,.0f} |"
                 f" {load['readsPerSecond']:,.0f} |"
                 f" {load['submissionsPerSecond'] / load['readsPerSecond']:.2f}x |")
lines += ["", "### The FAQ page with published questions", "",
          "The whole page, uncached, beside the bundled toolkit's FAQ page without community"
          " questions.", "",
          "| published questions | page | baseline | ratio |", "|---|---|---|---|"]
for published in (10, 100, 1000):
    page = score("faqPage", published)
    base = score("baselineBundledFaqPage", published)
    lines.append(f"| {published:,} | {page:,.1f} µs | {base:,.1f} µs | {page / base:.2f}x |")
lines.append("")

section = "\n".join(lines)
text = open(target).read()
match = re.search(r"^## Questions\n.*?(?=^## |\Z)", text, re.S | re.M)
if match:
    text = text[:match.start()] + section + "\n" + text[match.end():]
else:
    text = text.rstrip("\n") + "\n\n" + section
open(target, "w").write(text)
