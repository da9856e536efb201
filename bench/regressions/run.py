#!/usr/bin/env python3
"""Runs the evaluation regressions of regressions.tsv and fails on drift.

usage: python3 bench/regressions/run.py [--shared DIR] [--only SUBSTRING] [--list]

Each row's command runs once (rows sharing a command share its output) from the project root;
every figure is compared with its expected value. Exit 0 when every figure is within tolerance,
1 when one drifted or a command failed, 0 with a notice when the shared datasets are absent (users
and CI without ../shared skip cleanly). Builds the bench jar first when a row needs it.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def rows(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 5:
                sys.exit(f"{path}:{number}: expected 5 tab-separated columns, found {len(fields)}")
            name, command, metric, expected, tolerance = fields
            yield {"name": name, "command": command, "metric": re.compile(metric),
                   "expected": float(expected), "tolerance": float(tolerance), "line": number}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    parser.add_argument("--only", default="", help="run only the rows whose name contains this")
    parser.add_argument("--list", action="store_true", help="list the rows and exit")
    args = parser.parse_args()
    table = [r for r in rows(os.path.join(ROOT, "bench", "regressions", "regressions.tsv")) if args.only in r["name"]]
    if args.list:
        for r in table:
            print(f"{r['name']:45} {r['expected']:.3f} ± {r['tolerance']}")
        return 0
    shared = os.path.abspath(args.shared)
    if not os.path.isdir(os.path.join(shared, "data")):
        print(f"regressions: skipped, no datasets at {shared} (give --shared DIR)")
        return 0
    if any("corroborate-bench.jar" in r["command"] for r in table):
        subprocess.run(["./mvnw", "-q", "--batch-mode", "--no-transfer-progress", "-DskipTests", "-pl", "bench", "-am",
                        "package"], cwd=ROOT, check=True)
    outputs = {}
    failed = 0
    with tempfile.TemporaryDirectory(prefix="corroborate-regressions-") as tmp:
        for r in table:
            if r["command"] not in outputs:
                out = os.path.join(tmp, f"row{r['line']}")
                os.makedirs(out)
                command = r["command"].replace("{shared}", shared).replace("{out}", out)
                done = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True, text=True)
                outputs[r["command"]] = (done.returncode, done.stdout + done.stderr)
            code, text = outputs[r["command"]]
            match = r["metric"].search(text)
            if code != 0 or not match:
                failed += 1
                print(f"FAIL  {r['name']:45} command exited {code}, metric {'found' if match else 'not found'}:")
                print("      " + "\n      ".join(text.strip().splitlines()[-5:]))
                continue
            value = float(match.group(1))
            drift = value - r["expected"]
            if abs(drift) <= r["tolerance"] + 1e-9:
                print(f"ok    {r['name']:45} {value:.3f}")
            else:
                failed += 1
                how = "better than expected: record it in regressions.tsv" if drift > 0 else "worse than expected"
                print(f"FAIL  {r['name']:45} {value:.3f}, expected {r['expected']:.3f} ± {r['tolerance']} ({how})")
    print(f"{len(table) - failed} of {len(table)} figures as expected")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
