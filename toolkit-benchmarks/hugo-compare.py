"""Runs the toolkit's export and Hugo on the same synthetic case studies and writes the "Export
against Hugo" section of BENCHMARKS.md. Called by toolkit-benchmarks/run-hugo, which builds the jars
and installs Hugo first.

usage: hugo-compare.py HUGO_SITE BENCHMARKS_MD COUNT...
Each process's CPU time and peak resident memory come from the kernel's accounting of that child
(wait4), its wall time from a monotonic clock around it. The section replaces the one already in
the file, or is added at its end; the rest is kept.
"""
import datetime
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 3
JAR = "toolkit-benchmarks/target/benchmarks.jar"
CLI = "toolkit-cli/target/toolkit.jar"
# The launcher the README runs; a copy of it and the jar in a folder of the run's own, so that its
# class data archive is written there by a first run before any is measured.
LAUNCHER = "toolkit-cli/target/toolkit"
MEMORY = "/dev/shm"
SECTION = "## Export against Hugo"

hugo_site, target, counts = sys.argv[1], sys.argv[2], [int(c) for c in sys.argv[3:]]


def measure(command):
    """Runs a command to its end; returns (cpu seconds, wall seconds, peak RSS in bytes)."""
    # What it says goes to a file: a pipe nobody reads while it runs would fill and stall it.
    with tempfile.TemporaryFile() as said:
        started = time.monotonic()
        child = subprocess.Popen(command, stdout=said, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - started
        if os.waitstatus_to_exitcode(status) != 0:
            said.seek(0)
            raise SystemExit(f"{command[0]} failed: {said.read().decode()}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss * 1024


def verdict(met):
    return "yes" if met else "**no**"


def files(folder):
    return sum(len(names) for _, _, names in os.walk(folder))


def work_folder():
    """A new folder in memory (tmpfs) when there is one with room, else in the temporary folder.

    On a disk's file system the kernel's share of each run moved by a factor of three between
    runs of the same export (creating 200,000 files soon after deleting as many is slow in ext4,
    for both tools alike): in memory, CPU time is the tools' own work.
    """
    # The content, both sites and a spare: about 60 kB for each case study.
    needed = 60_000 * max(counts)
    if os.path.isdir(MEMORY) and os.access(MEMORY, os.W_OK):
        if shutil.disk_usage(MEMORY).free > needed:
            return tempfile.mkdtemp(dir=MEMORY), "in memory (tmpfs, `/dev/shm`)"
    return tempfile.mkdtemp(), "on the disk (no tmpfs with room at `/dev/shm`)"


work, where = work_folder()
rows = []
again = []
try:
    bin_folder = os.path.join(work, "bin")
    os.makedirs(bin_folder)
    shutil.copy2(LAUNCHER, bin_folder)
    shutil.copy2(CLI, bin_folder)
    launcher = os.path.join(bin_folder, "toolkit")
    measure([launcher, "export", "--out", os.path.join(work, "first-run")])
    for count in counts:
        content = os.path.join(work, f"content-{count}")
        subprocess.run(["java", "-cp", JAR, "org.artofthepossible.toolkit.benchmarks.SyntheticContent",
                        str(count), content], check=True)
        # Hugo reads a content folder whose only child is the case studies, and writes a
        # resources/ folder into its source: give it a copy of the site and such a folder.
        hugo_content = os.path.join(work, f"hugo-content-{count}")
        os.makedirs(hugo_content)
        os.symlink(os.path.join(content, "case-studies"), os.path.join(hugo_content, "case-studies"))
        site = os.path.join(work, "hugo-site")
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(hugo_site, site)
        toolkit, plain, hugo = [], [], []
        written = {}
        for _ in range(RUNS):
            out = os.path.join(work, "toolkit-out")
            shutil.rmtree(out, ignore_errors=True)
            plain.append(measure(["java", "-jar", CLI, "export", "--content", content, "--out", out]))
            shutil.rmtree(out)
            toolkit.append(measure([launcher, "export", "--content", content, "--out", out]))
            written["toolkit"] = files(out)
            hugo_out = os.path.join(work, "hugo-out")
            shutil.rmtree(hugo_out, ignore_errors=True)
            hugo.append(measure(["hugo", "--quiet", "--source", site, "--contentDir", hugo_content,
                                 "--destination", hugo_out]))
            written["hugo"] = files(hugo_out)
        # Exporting again into the last full export: once after one case study's body changed,
        # once with nothing changed, alternating.
        edited = min(os.path.join(folder, name)
                     for folder, _, names in os.walk(os.path.join(content, "case-studies"))
                     for name in names if name.endswith(".md"))
        changed, unchanged = [], []
        for run in range(RUNS):
            with open(edited, "a") as study:
                study.write(f"\nA paragraph added before run {run}.\n")
            command = [launcher, "export", "--content", content, "--out", out]
            changed.append(measure(command))
            unchanged.append(measure(command))
        medians = [[statistics.median(r[i] for r in runs) for i in range(3)]
                   for runs in (toolkit, plain, hugo, changed, unchanged)]
        rows.append((count, medians[0], medians[1], medians[2], written))
        again.append((count, medians[0], medians[3], medians[4]))
        shutil.rmtree(content)
        shutil.rmtree(hugo_content)
finally:
    shutil.rmtree(work, ignore_errors=True)

hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
lines = [SECTION, "",
         f"Measured {datetime.date.today().isoformat()} by `toolkit-benchmarks/run-hugo`: the same"
         f" synthetic case studies exported by the toolkit and built by Hugo {hugo_version} with the"
         f" layouts of `shared/bench/hugo-site` (an HTML page and a JSON file per case study, a list"
         f" page), {RUNS} alternating runs of each, medians, content and sites {where}. The toolkit"
         f" runs as the README runs it, through its launcher (`toolkit export`, with the class data"
         f" archive of an earlier run), and, for reference, as `java -jar toolkit.jar export`. It"
         f" writes more (term pages, the"
         f" menu and search pages, the assets) and validates the content first; the goals are"
         f" ratios of at most 1.0, of the launcher to Hugo.", "",
         "| case studies | | CPU time | wall time | peak memory | files written |",
         "|---|---|---|---|---|---|"]
for count, mine, jar, theirs, written in rows:
    lines.append(f"| {count:,} | toolkit | {mine[0]:,.1f} s | {mine[1]:,.1f} s |"
                 f" {mine[2] / 2**20:,.0f} MiB | {written['toolkit']:,} |")
    lines.append(f"| | `java -jar` | {jar[0]:,.1f} s | {jar[1]:,.1f} s |"
                 f" {jar[2] / 2**20:,.0f} MiB | |")
    lines.append(f"| | Hugo | {theirs[0]:,.1f} s | {theirs[1]:,.1f} s |"
                 f" {theirs[2] / 2**20:,.0f} MiB | {written['hugo']:,} |")
    lines.append(f"| | toolkit / Hugo | {mine[0] / theirs[0]:.2f}x | {mine[1] / theirs[1]:.2f}x |"
                 f" {mine[2] / theirs[2]:.2f}x | |")
    lines.append(f"| | `java -jar` / Hugo | {jar[0] / theirs[0]:.2f}x | {jar[1] / theirs[1]:.2f}x |"
                 f" {jar[2] / theirs[2]:.2f}x | |")
by_count = {count: (mine, theirs) for count, mine, _, theirs, _ in rows}
verdicts = []
for count in (10_000, 100_000):
    if count in by_count:
        mine, theirs = by_count[count]
        cpu, wall, memory = (mine[i] / theirs[i] for i in range(3))
        verdicts.append(f"- {count:,}: CPU time {cpu:.2f}x (goal <= 1.0): {verdict(cpu <= 1)};"
                        f" wall time {wall:.2f}x (goal <= 1.0): {verdict(wall <= 1)}"
                        + (f"; peak memory {memory:.2f}x (goal <= 1.0): {verdict(memory <= 1)}."
                           if count == 100_000 else "."))
if verdicts:
    lines += ["", "Against Hugo, the launcher's ratios at the sizes the goals name:", ""] + verdicts
lines += ["", "Exporting again into the last of those exports, "
          f"{RUNS} times each, alternating, medians: after appending a paragraph to one case study's"
          " body, and with nothing changed. The goal is at most 10% of a full export.", "",
          "| case studies | export again | CPU time | wall time | vs a full export (wall) | met |",
          "|---|---|---|---|---|---|"]
for count, full, changed, unchanged in again:
    for name, run in (("one case study changed", changed), ("nothing changed", unchanged)):
        ratio = run[1] / full[1]
        lines.append(f"| {count:,} | {name} | {run[0]:,.1f} s | {run[1]:,.1f} s | {ratio:.1%} |"
                     f" {verdict(ratio <= 0.10)} |")
section = "\n".join(lines) + "\n"

text = open(target).read()
# The section's own heading, on a line of its own: the history has a "### Export against Hugo".
pattern = re.compile("^" + re.escape(SECTION) + r"\n.*?(?=\n## |\Z)", re.S | re.M)
if pattern.search(text):
    text = pattern.sub(lambda _: section.rstrip("\n") + "\n", text)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(target, "w").write(text if text.endswith("\n") else text + "\n")
