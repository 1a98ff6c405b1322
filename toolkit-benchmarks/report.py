"""Writes BENCHMARKS.md from JMH JSON result files and the retained-heap figures.

usage: report.py HEAP_JSON PAGE_RATIOS_JSON RESULT_JSON...
Each benchmark is compared with its baselines measured in the same run, as ratios. PAGE_RATIOS_JSON
is what PageRatios prints: the page renderer and its baselines measured in turns in one JVM.
"""
import datetime
import json
import platform
import statistics
import subprocess
import sys

# (class, benchmark, baseline) -> target: the benchmark's throughput over the baseline's, at least.
THROUGHPUT_TARGETS = {
    ("HtmlPageBenchmark", "renderer", "baselineHandWritten"): 1.0,
    ("HtmlPageBenchmark", "renderer", "baselineMustache"): 2.4,
    ("JsonBenchmark", "renderer", "baselineObjectMapper"): 0.9,
    ("JsonBenchmark", "jacksonModule", "baselineObjectMapper"): None,
    ("JsonBenchmark", "jsonb", "baselineObjectMapper"): None,
    ("MarkdownBenchmark", "rendererPageBody", "baselineBareCommonmark"): 0.9,
    ("CacheBenchmark", "engineCacheHit", "baselineUncachedRender"): 1000,
    ("CacheBenchmark", "engineCacheHit", "baselineBareCaffeineGet"): 0.5,
    ("CacheBenchmark", "engineCacheHit", "bareCaffeineGetOfView"): None,
}

heap = json.load(open(sys.argv[1]))
page_turns = json.load(open(sys.argv[2]))
results = [r for path in sys.argv[3:] for r in json.load(open(path))]
# Bytes allocated per item loaded when the goal of halving it was set (2026-11-26, `-prof gc`).
LOAD_ALLOCATION_BASELINE = 122_000
score = {}
# The median of each fork's measured iterations, for the verdicts (see cautious).
fork_medians = {}
allocated = {}
runs = {}
for r in results:
    cls, method = r["benchmark"].split(".")[-2:]
    params = ",".join(f"{k}={v}" for k, v in r.get("params", {}).items())
    m = r["primaryMetric"]
    score[(cls, method, params)] = (m["score"], m["scoreError"], m["scoreUnit"])
    fork_medians[(cls, method, params)] = [statistics.median(f) for f in m.get("rawData", [])]
    for name, metric in r.get("secondaryMetrics", {}).items():
        if name.lstrip("·") == "gc.alloc.rate.norm":
            allocated[(cls, method, params)] = metric["score"]
    runs[cls] = (r["forks"], r["warmupIterations"], r["warmupTime"], r["measurementIterations"],
                 r["measurementTime"], r["mode"], " ".join(r.get("jvmArgs", [])))


def s(cls, method, params=""):
    return score[(cls, method, params)][0]


def cautious(cls, mine, base):
    """The benchmark's slowest fork over the baseline's fastest, each by its median iteration: a
    baseline that ran at two speeds on this shared machine cannot make a goal look met."""
    return min(fork_medians[(cls, mine, "")]) / max(fork_medians[(cls, base, "")])


def verdict(ok):
    return "yes" if ok else "**no**"


java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
print("# Benchmarks\n")
print(f"Measured {datetime.date.today().isoformat()} on {platform.machine()} "
      f"({subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores), "
      f"{java}; JMH {results[0]['jmhVersion']}.\n")
print("Reproduce every figure with `toolkit-benchmarks/run` (about 30 minutes here, and the scripts it runs after). The machines are")
print("shared and noisy: compare the ratios, each measured side by side with its baseline in one")
print("run; the absolute numbers are context only.\n")

print("## Against baselines\n")
print("The throughput ratio is of the means of every measured iteration; the next column is the")
print("benchmark's slowest fork over the baseline's fastest, each by its median iteration. A goal")
print("is met when both reach the target (the page renderer's, when its ratio in turns below")
print("does too).\n")
print("| benchmark | vs baseline | throughput ratio | slowest fork vs fastest | target | met |")
print("|---|---|---|---|---|---|")


def in_turns(mine, base):
    """The median, lower and upper quartile of the ratios of PageRatios' rounds."""
    ratios = sorted(m / b for m, b in zip(page_turns[mine], page_turns[base]))
    return tuple(statistics.quantiles(ratios, n=4, method="inclusive")[i] for i in (1, 0, 2))


for (cls, mine, base), target in THROUGHPUT_TARGETS.items():
    if (cls, mine, "") not in score or (cls, base, "") not in score:
        continue
    ratio = s(cls, mine) / s(cls, base)
    worst = cautious(cls, mine, base)
    goal = f">= {target}" if target else "report"
    ok = ratio >= target and worst >= target if target else None
    if cls == "HtmlPageBenchmark":
        ok = ok and in_turns(mine, base)[0] >= target  # see the turns below
    met = verdict(ok) if target else ""
    print(f"| {cls}.{mine} | {base} | {ratio:,.2f}x | {worst:,.2f}x | {goal} | {met} |")

print("\nThe page renderer and its baselines in turns (`PageRatios`): on this machine a JVM at times")
print("runs at about half its speed for seconds or minutes, whatever page it writes, so separate")
print("forks can compare a writer in that state with one out of it. `PageRatios` gives each writer")
print(f"a turn of {page_turns['turnMillis']} ms in each of {len(page_turns['renderer'])} rounds in one JVM;")
print("the page renderer's goals are met only when the median of the rounds' ratios also reaches")
print("the target.\n")
print("| benchmark | vs baseline | median of the rounds' ratios | quartiles | target | met |")
print("|---|---|---|---|---|---|")
for (cls, mine, base), target in THROUGHPUT_TARGETS.items():
    if cls == "HtmlPageBenchmark":
        median, low, high = in_turns(mine, base)
        print(f"| {cls}.{mine} | {base} | {median:,.2f}x | {low:,.2f}x-{high:,.2f}x | >= {target} "
              f"| {verdict(median >= target)} |")

if ("LoadBenchmark", "loadAndValidate", "items=1000") in score:
    print("\n## Loading and validating N synthetic case studies from a folder\n")
    print("| items | time per item | allocated per item | retained heap per item |")
    print("|---|---|---|---|")
    per_item = {}
    allocated_per_item = {}
    for n in (1000, 10000, 100000):
        key = ("LoadBenchmark", "loadAndValidate", f"items={n}")
        if key in score:
            per_item[n] = score[key][0] * 1000 / n  # ms per op -> us per item
            if key in allocated:
                allocated_per_item[n] = allocated[key] / n
            kept = heap.get(str(n))
            print(f"| {n:,} | {per_item[n]:,.1f} µs | "
                  + (f"{allocated_per_item[n] / 1000:,.1f} kB" if n in allocated_per_item else "")
                  + " | " + (f"{kept / 1024:,.1f} KiB" if kept else "") + " |")
    if 100000 in per_item:
        ratio = per_item[100000] / per_item[1000]
        print(f"\nTime per item at 100,000 items is {ratio:.2f}x the time per item at 1,000 "
              f"(target <= 1.2): met: {verdict(ratio <= 1.2)}.")
    if 10000 in allocated_per_item:
        share = allocated_per_item[10000] / LOAD_ALLOCATION_BASELINE
        print(f"Allocation per item loaded at 10,000 items is {allocated_per_item[10000] / 1000:,.1f}"
              f" kB, {share:.2f}x the {LOAD_ALLOCATION_BASELINE / 1000:,.0f} kB the goal halves"
              f" (target <= 0.5, JMH's `-prof gc`): met: {verdict(share <= 0.5)}.")

if ("ProcessBenchmark", "baselineHelloWorld", "") in score:
    print("\n## Whole processes\n")
    print("Every export writes into a folder that does not exist yet, as a first export does.\n")
    hello = s("ProcessBenchmark", "baselineHelloWorld")
    bundled = s("ProcessBenchmark", "exportBundled")
    launched = s("ProcessBenchmark", "exportBundledWithLauncher")
    print("| process | time | vs hello world |")
    print("|---|---|---|")
    for method, label in (("baselineHelloWorld", "java HelloWorld"),
                          ("exportBundledWithLauncher",
                           "toolkit export, the launcher as the README runs it (bundled toolkit)"),
                          ("exportBundledWithLauncherAtDefaultCompilerThresholds",
                           "the same with the JVM's default C2 thresholds"),
                          ("exportBundled", "java -jar toolkit.jar export (bundled toolkit)"),
                          ("exportBundledWithClassDataArchive",
                           "the same with -XX:SharedArchiveFile (see README)"),
                          ("export100", "export of 100 synthetic case studies"),
                          ("export1000", "export of 1,000 synthetic case studies")):
        t = s("ProcessBenchmark", method)
        print(f"| {label} | {t:,.0f} ms | {t / hello:,.1f}x |")
    marginal = (s("ProcessBenchmark", "export1000") - s("ProcessBenchmark", "export100")) / 900
    print(f"\nExporting the bundled toolkit through the launcher takes {launched / hello:.1f}x a hello"
          f" world (target <= 3): met: {verdict(launched / hello <= 3)}; with java -jar,"
          f" {bundled / hello:.1f}x. Each further case study (one page and its JSON) "
          f"adds {marginal:.2f} ms (target <= 1 ms): met: {verdict(marginal <= 1)}.")

print("\n## Raw scores\n")
print("| benchmark | params | score | error (99.9%) | unit |")
print("|---|---|---|---|---|")
for (cls, method, params), (value, error, unit) in sorted(score.items()):
    print(f"| {cls}.{method} | {params} | {value:,.3f} | ±{error:,.3f} | {unit} |")
print("\nRuns (forks, warm-up, measurement):\n")
for cls, (forks, wi, wt, mi, mt, mode, jvm) in sorted(runs.items()):
    print(f"- {cls}: {forks} forks, {wi} x {wt} warm-up, {mi} x {mt} measurement, mode {mode}"
          + (f", JVM options `{jvm}`" if jvm else ""))

try:
    print("\n" + open("toolkit-benchmarks/history.md").read().strip())
except FileNotFoundError:
    pass
