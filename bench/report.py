#!/usr/bin/env python3
"""Turns bench/run's results.tsv into the markdown section for docs/performance.md: medians per scenario and
connection count at 100,000 cases, the ratios eta = hub rate / pgbench rate for the same work, the reduced-rate run and
the growth table. Usage: report.py results.tsv commit pg_version java_opts duration warmup repeats running"""
import csv
import datetime
import os
import platform
import statistics
import sys

path, commit, pg_version, java_opts, duration, warmup, repeats, running = sys.argv[1:9]
rows = list(csv.DictReader(open(path), delimiter="\t"))


def num(v):
    return None if v in (None, "", "-") else float(v)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt(v, digits=0):
    if v is None:
        return "–"
    return f"{v:,.{digits}f}"


main = [r for r in rows if r["cases"] == "100000" and r["scenario"] not in ("rest-half",)]
main = [r for r in main if not (r["scenario"] == "prio" and r["conns"] == "1")]
scenarios = ["rest", "graphql", "write", "prio", "inbox", "pg-read", "pg-write"]
labels = {
    "rest": "REST `GET /huisverboden/{id}` (om-zsm, audited)",
    "graphql": "GraphQL `huisverbod(id)`, same fields",
    "write": "REST `POST …/overtredingen` (politie-thv, audited, outbox)",
    "prio": "ZSM priority list",
    "inbox": "coordinator inbox `GET /notificaties`",
    "pg-read": "pgbench: the SQL of the REST read",
    "pg-write": "pgbench: the SQL of the write",
}
conns = sorted({int(r["conns"]) for r in main})
med = {}
for s in scenarios:
    for c in conns:
        sel = [r for r in main if r["scenario"] == s and int(r["conns"]) == c]
        if not sel:
            continue
        med[(s, c)] = {k: median([num(r[k]) for r in sel]) for k in
                       ("rps", "p50_ms", "p95_ms", "p99_ms", "errors", "cpu_ms_per_req", "rss_peak_mb")}
        med[(s, c)]["n"] = len(sel)

cpu = os.cpu_count()
mem = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30)
out = []
out.append(f"## {datetime.date.today()} — benchmark harness `bench/run` (issue 9), commit {commit}")
out.append(f"Machine: {cpu} cores, {mem} GiB, {platform.platform()}; PostgreSQL {pg_version} (Debian package, fsync on, "
           f"shared_buffers 1 GB, one server for the hub and pgbench); hub in its production profile on the JVM "
           f"(`{java_opts}`), Keycloak 26.5.6, wrk and pgbench all on the same machine. 100,000 cases (two persons each, "
           f"{running} running with a criminal track) and {int(os.environ.get('BENCH_AUDIT_LINES', '1000000')):,} audit lines seeded by SQL (`bench/seed-cases.sql`). "
           f"Each figure is the median of {repeats} runs of {duration} s after a {warmup} s warm-up; the audit chain "
           f"sealer runs (as in production) and the harness waits until it has sealed everything between runs.")
out.append("")
out.append("| scenario | conns | req/s | p50 ms | p95 ms | p99 ms | hub CPU ms/req | hub peak RSS MB | errors |")
out.append("|---|---|---|---|---|---|---|---|---|")
for s in scenarios:
    for c in conns:
        m = med.get((s, c))
        if m:
            out.append(f"| {labels[s]} | {c} | {fmt(m['rps'])} | {fmt(m['p50_ms'], 1)} | {fmt(m['p95_ms'], 1)} | "
                       f"{fmt(m['p99_ms'], 1)} | {fmt(m['cpu_ms_per_req'], 2)} | {fmt(m['rss_peak_mb'])} | {fmt(m['errors'])} |")
out.append("")
out.append("Ratios in the same run (targets: η ≥ 0.5 for read and write; GraphQL ≥ 0.8 × REST, issue 37):")
out.append("")
out.append("| conns | η read = REST ÷ pgbench read | η write = write ÷ pgbench write | GraphQL ÷ REST |")
out.append("|---|---|---|---|")
for c in conns:
    def ratio(a, b):
        x, y = med.get((a, c)), med.get((b, c))
        return fmt(x["rps"] / y["rps"], 2) if x and y and y["rps"] else "–"
    out.append(f"| {c} | {ratio('rest', 'pg-read')} | {ratio('write', 'pg-write')} | {ratio('graphql', 'rest')} |")
half = [r for r in rows if r["scenario"] == "rest-half"]
if half:
    h = half[0]
    out.append("")
    out.append(f"Reduced rate (target: p99 ≤ 25 ms at half the maximum): REST read at {fmt(num(h['rps']))} req/s "
               f"(16 connections, paced at half the median maximum) → p50 {fmt(num(h['p50_ms']), 1)} ms, p95 {fmt(num(h['p95_ms']), 1)} ms, "
               f"p99 {fmt(num(h['p99_ms']), 1)} ms.")
growth = [r for r in rows if (r["scenario"] == "rest" and r["conns"] == "16") or (r["scenario"] == "prio" and r["conns"] == "1")]
sizes = sorted({int(r["cases"]) for r in growth})
if len(sizes) > 1:
    out.append("")
    out.append(f"Growth (first run at each size; the priority list holds the {running} running cases at every size):")
    out.append("")
    out.append("| cases | REST read p50 / p95 / p99 ms (16 conns) | REST req/s | priority list p50 / p95 / p99 ms (1 conn) |")
    out.append("|---|---|---|---|")
    for n in sizes:
        rr = next((r for r in growth if r["scenario"] == "rest" and int(r["cases"]) == n), None)
        pr = next((r for r in growth if r["scenario"] == "prio" and int(r["cases"]) == n), None)
        out.append(f"| {n:,} | " + (f"{rr['p50_ms']} / {rr['p95_ms']} / {rr['p99_ms']} | {fmt(num(rr['rps']))}" if rr else "– | –")
                   + " | " + (f"{pr['p50_ms']} / {pr['p95_ms']} / {pr['p99_ms']}" if pr else "–") + " |")
stat = [r for r in rows if r["scenario"] in ("stat", "pg-stat")]
if stat:
    out.append("")
    out.append("Statistics (`GET /api/v1/statistieken/huisverboden?groepering=jaar,gemeente` as gemeente, 1 connection, "
               "ROLLUP over cases and imported history; baseline: the same statement by pgbench):")
    out.append("")
    out.append("| cases | hub p50 / p95 / p99 ms | hub req/s | SQL alone p50 / p95 / p99 ms | SQL tps |")
    out.append("|---|---|---|---|---|")
    for n in sorted({int(r["cases"]) for r in stat}):
        h = next((r for r in stat if r["scenario"] == "stat" and int(r["cases"]) == n), None)
        p = next((r for r in stat if r["scenario"] == "pg-stat" and int(r["cases"]) == n), None)
        out.append(f"| {n:,} | " + (f"{h['p50_ms']} / {h['p95_ms']} / {h['p99_ms']} | {fmt(num(h['rps']), 1)}" if h else "– | –")
                   + " | " + (f"{p['p50_ms']} / {p['p95_ms']} / {p['p99_ms']} | {fmt(num(p['rps']), 1)}" if p else "– | –") + " |")
imp = [r for r in rows if r["scenario"] in ("import", "pg-copy")]
if imp:
    h = next((r for r in imp if r["scenario"] == "import"), None)
    p = next((r for r in imp if r["scenario"] == "pg-copy"), None)
    out.append("")
    out.append("Bulk import of 100,000 NDJSON lines (`POST /api/v1/import/huisverboden` until GEREED: streamed to a file, "
               "checked line by line, stored in batches of 500 with audit lines): "
               + (f"**{h['rps']} lines/s** through the hub ({h['errors']} rejected)" if h else "–")
               + (f"; baseline COPY of the same rows into a bare table: {p['rps']} rows/s." if p else "."))
out.append("")
out.append(f"Raw runs: `bench/out/<timestamp>/results.tsv` (not committed); captured SQL: `captured-sql.txt`; JFR profile "
           f"of the REST read: `rest-hot-methods.txt`.")
print("\n".join(out))
