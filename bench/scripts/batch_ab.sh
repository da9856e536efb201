#!/bin/bash
# Alternating A/B of a daily batch into copies of one store (docs/BENCHMARKS.md, "Seventeenth
# session"): on a shared 2-core machine the same batch's wall time moves by 1 to 3 s within an hour,
# so two builds or flag sets are only compared run against run, alternating, each into a fresh copy
# of the store, and by their medians.
# usage: bench/scripts/batch_ab.sh ROUNDS STORE BATCHFILE "LABEL|JAR|JAVA_OPTS" ...
#   each analyze is started by the repository's ./corroborate launcher with CORROBORATE_JAR=JAR, so it
#   gets the flags a user's gets, JAVA_OPTS after them; the copy goes to $WORK (default /tmp/batch-ab)
# prints a line a run (wall, user and system CPU, peak RSS, the step times) and each label's medians.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rounds=$1; store=$2; batch=$3; shift 3
work="${WORK:-/tmp/batch-ab}"
mkdir -p "$work"
results="$work/runs.txt"
: > "$results"
for round in $(seq 1 "$rounds"); do
  for spec in "$@"; do
    IFS='|' read -r label jar opts <<< "$spec"
    rm -rf "$work/store" && cp -a "$store" "$work/store" && sync
    out=$( { JAVA_OPTS="$opts" CORROBORATE_JAR="$jar" /usr/bin/time -f 'TIME %e %U %S %M' \
        bash "$root/corroborate" analyze --no-progress --timings --data "$work/store" "$batch" >"$work/out.txt"; } 2>&1 | grep '^TIME' )
    read -r _ wall user sys rss <<< "$out"
    steps=$(grep '^timings' "$work/out.txt" | sed 's/^timings: //; s/ (cpu [0-9.]* s)//g; s/ · waited.*//')
    echo "$label $round $wall $user $sys $rss $steps" | tee -a "$results"
  done
done
echo "label: median wall, median reuse step (s), runs"
for spec in "$@"; do
  label="${spec%%|*}"
  awk -v l="$label" 'BEGIN { n = 0 } $1 == l { w[n] = $3 + 0; match($0, /reuse [0-9.]+/); r[n] = substr($0, RSTART + 6, RLENGTH - 6) + 0; n++ }
    function median(a, n,   i, j, t) { for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[int(n / 2)] : (a[n / 2 - 1] + a[n / 2]) / 2 }
    END { printf "%s: %.2f, %.2f, %d\n", l, median(w, n), median(r, n), n }' "$results"
done
