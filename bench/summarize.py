#!/usr/bin/env python3
"""Reads the raw wrk outputs of bench/run and writes the results (JSON and a Markdown table)."""
import glob
import json
import os
import re
import statistics
import sys


def ms(text):
    m = re.match(r"([\d.]+)(us|ms|s)$", text)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def parse(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p50 = ms(re.search(r"\s50%\s+(\S+)", text).group(1))
    p99 = ms(re.search(r"\s99%\s+(\S+)", text).group(1))
    errors = 0
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    errors += int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    errors += sum(int(x) for x in m.groups()) if m else 0
    return {"rps": rps, "p50_ms": p50, "p99_ms": p99, "errors": errors}


def median_of(raw, name):
    runs = [parse(p) for p in sorted(glob.glob(f"{raw}/{name}.*.txt"))]
    if not runs:
        return None
    return {"rps": round(statistics.median(r["rps"] for r in runs), 1),
            "p50_ms": round(statistics.median(r["p50_ms"] for r in runs), 3),
            "p99_ms": round(statistics.median(r["p99_ms"] for r in runs), 3),
            "errors": sum(r["errors"] for r in runs),
            "runs": [round(r["rps"], 1) for r in runs]}


def main():
    mode, raw = sys.argv[1], sys.argv[2]
    if mode == "saturation":
        for s in ("a", "b", "e", "g", "h"):
            direct = median_of(raw, f"{s}-direct")
            if direct:
                print(s, direct["rps"])
        return
    out, duration, connections, runs = sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
    names = ["a-direct", "a-gateway", "b-direct", "b-gateway", "c-200", "c-304", "d-overview", "d-indicators-call",
             "d-projects-call", "e-direct", "e-gateway", "f-static", "half-a-direct", "half-a-gateway",
             "half-b-direct", "half-b-gateway", "half-e-direct", "half-e-gateway", "g-direct", "g-gateway", "h-direct",
             "h-gateway", "half-g-direct", "half-g-gateway", "half-h-direct", "half-h-gateway"]
    results = {n: median_of(raw, n) for n in names}
    results = {k: v for k, v in results.items() if v}
    # each service is restarted several times: the median, like every other figure here
    startup_runs = {}
    if os.path.exists(f"{raw}/startup.txt"):
        for line in open(f"{raw}/startup.txt"):
            svc, _, value = line.split()
            startup_runs.setdefault(svc, []).append(int(value))
    startup = {svc: int(statistics.median(values)) for svc, values in startup_runs.items()}
    rss = {}
    for line in open(f"{raw}/rss.txt"):
        svc, _, kb = line.split()
        rss[svc] = round(int(kb) / 1024, 1)

    checks = []

    def check(name, value, target, ok):
        checks.append({"target": name, "measured": value, "required": target, "met": bool(ok)})

    r = results
    for s in ("a", "b", "e", "g"):
        if f"{s}-direct" not in r:
            continue
        ratio = r[f"{s}-gateway"]["rps"] / r[f"{s}-direct"]["rps"]
        check(f"({s}) gateway/direct throughput", round(ratio, 3), ">= 0.6", ratio >= 0.6)
        if f"half-{s}-gateway" in r:
            diff = r[f"half-{s}-gateway"]["p50_ms"] - r[f"half-{s}-direct"]["p50_ms"]
            check(f"({s}) gateway p50 - direct p50 at half saturation (ms)", round(diff, 3), "<= 1", diff <= 1)
    if "half-h-direct" in r:
        p50 = r["half-h-direct"]["p50_ms"]
        check("(h) search p50 direct at half saturation (ms)", p50, "<= 20", p50 <= 20)
    if "c-200" in r:
        ratio = r["c-304"]["rps"] / r["c-200"]["rps"]
        check("(c) 304 / 200 throughput", round(ratio, 2), ">= 3", ratio >= 3)
    if "d-overview" in r:
        slower = max(r["d-indicators-call"]["p50_ms"], r["d-projects-call"]["p50_ms"])
        bound = 1.2 * slower + 1
        check("(d) overview p50 (ms) vs 1.2 x slower call + 1 ms", r["d-overview"]["p50_ms"], f"<= {bound:.3f}",
              r["d-overview"]["p50_ms"] <= bound)
    if "f-static" in r and "a-direct" in r:
        ratio = r["a-direct"]["rps"] / r["f-static"]["rps"]
        check("(a) direct / (f) static ceiling throughput", round(ratio, 3), ">= 0.25", ratio >= 0.25)
    errors = sum(v["errors"] for v in r.values())
    check("errors in all scenarios", errors, "0", errors == 0)
    for svc, value in startup.items():
        check(f"{svc} start to first answer (ms)", value, "<= 3500", value <= 3500)
    for svc, value in rss.items():
        check(f"{svc} RSS after load (MB)", value, "<= 300", value <= 300)

    doc = {"date": os.path.basename(out), "wrk": {"threads": 2, "connections": int(connections),
           "duration_s": int(duration), "runs": int(runs)}, "scenarios": results, "startup_ms": startup,
           "startup_runs_ms": startup_runs, "rss_mb": rss, "targets": checks}
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out + ".json", "w") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
    lines = [f"# Benchmark {os.path.basename(out)}", "",
             f"wrk -t2 -c{connections} -d{duration}s, median of {runs} runs, loopback, 2 cores shared by wrk and the suite.", "",
             "| scenario | req/s | p50 ms | p99 ms | errors | runs (req/s) |", "|---|---|---|---|---|---|"]
    for name, v in results.items():
        lines.append(f"| {name} | {v['rps']} | {v['p50_ms']} | {v['p99_ms']} | {v['errors']} | {v['runs']} |")
    lines += ["", "| target | measured | required | met |", "|---|---|---|---|"]
    for c in checks:
        lines.append(f"| {c['target']} | {c['measured']} | {c['required']} | {'yes' if c['met'] else '**no**'} |")
    if startup_runs:
        lines += ["", "Start to first answer, each restart (ms): "
                  + "; ".join(f"{svc} {values}" for svc, values in startup_runs.items()) + "."]
    with open(out + ".md", "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
