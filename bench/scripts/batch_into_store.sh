#!/bin/bash
# A daily batch into a copy of an existing store, as a user's next analyze would run it
# (docs/BENCHMARKS.md, "The whole product end to end"): first analyze with an empty file (what an
# upgrade to this build's schema does), then the batch, then nothing new again; wall, CPU and
# peak RSS of each, and the --timings lines.
# usage: bench/scripts/batch_into_store.sh JARDIR STORE_SRC WORKDIR BATCHFILE
#   JARDIR holds corroborate.jar; STORE_SRC is copied to WORKDIR/store (WORKDIR is emptied first)
#   each analyze is started by the repository's ./corroborate launcher with CORROBORATE_JAR set to
#   JARDIR's jar, so it gets the flags a user's gets; JAVA_OPTS, when set, comes after them
set -e
root="$(cd "$(dirname "$0")/../.." && pwd)"
jars=$1; src=$2; work=$3; batch=$4
rm -rf "$work" && mkdir -p "$work" && cp -r "$src" "$work/store"
: > "$work/empty.jsonl"
measure() {
  /usr/bin/time -f '%e s wall, %U s user, %S s sys, %M KB peak RSS' \
    env CORROBORATE_JAR="$jars/corroborate.jar" bash "$root/corroborate" analyze --no-progress --timings --data "$work/store" "$1" 2>&1 \
    | grep -E "timings|memory|wall|error|Error|events|reuse links|discrepancies"
}
echo "== upgrade (nothing new) $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
measure "$work/empty.jsonl"
echo "== batch $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
measure "$batch"
echo "== nothing new again $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
measure "$work/empty.jsonl"
