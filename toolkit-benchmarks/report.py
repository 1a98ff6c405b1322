"""Turns a JMH JSON result file into BENCHMARKS.md: each benchmark beside its baselines, as ratios."""
import datetime
import json
import platform
import subprocess
import sys

TARGETS = {
    ("HtmlPageBenchmark", "renderer", "baselineHandWritten"): (">=", 0.7),
    ("HtmlPageBenchmark", "renderer", "baselineMustache"): (">=", 3),
    ("CacheBenchmark", "engineCacheHit", "baselineUncachedRender"): (">=", 1000),
    ("CacheBenchmark", "engineCacheHit", "baselineBareCaffeineGet"): (">=", 0.5),
    ("CacheBenchmark", "engineCacheHit", "bareCaffeineGetOfView"): None,
    ("MarkdownBenchmark", "rendererPageBody", "baselineBareCommonmark"): (">=", 0.9),
    ("JsonBenchmark", "renderer", "baselineObjectMapper"): (">=", 0.9),
    ("JsonBenchmark", "jacksonModule", "baselineObjectMapper"): None,
}

results = json.load(open(sys.argv[1]))
score = {}
for r in results:
    cls, method = r["benchmark"].split(".")[-2:]
    m = r["primaryMetric"]
    score[(cls, method)] = (m["score"], m["scoreError"], m["scoreUnit"])

java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
first = results[0]
print("# Benchmarks\n")
print(f"Measured {datetime.date.today().isoformat()} on {platform.machine()}, {java}; JMH {first['jmhVersion']}, "
      f"{first['forks']} forks, {first['warmupIterations']} x {first['warmupTime']} warm-up, "
      f"{first['measurementIterations']} x {first['measurementTime']} measurement.\n")
print("Reproduce every figure with `toolkit-benchmarks/run`. The machines are shared and noisy: compare the")
print("ratios, measured side by side in one run; the absolute numbers are context only.\n")
print("| benchmark | vs baseline | ratio | target | met |")
print("|---|---|---|---|---|")
for (cls, mine, base), target in TARGETS.items():
    if (cls, mine) not in score or (cls, base) not in score:
        continue
    ratio = score[(cls, mine)][0] / score[(cls, base)][0]
    goal = f"{target[0]} {target[1]}" if target else "report"
    met = "" if not target else ("yes" if ratio >= target[1] else "**no**")
    print(f"| {cls}.{mine} | {base} | {ratio:,.2f}x | {goal} | {met} |")
print("\n## Raw scores\n")
print("| benchmark | score | error (99.9%) | unit |")
print("|---|---|---|---|")
for (cls, method), (s, e, unit) in sorted(score.items()):
    print(f"| {cls}.{method} | {s:,.3f} | ±{e:,.3f} | {unit} |")

try:
    print("\n" + open("toolkit-benchmarks/history.md").read().strip())
except FileNotFoundError:
    pass
