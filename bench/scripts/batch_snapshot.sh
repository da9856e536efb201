#!/bin/bash
# A snapshot of a batch's store at its quote step, for BatchSteps (docs/BENCHMARKS.md, branch rest6):
# a copy of STORE_SRC, the batch analyzed by JARDIR's corroborate.jar until "quotes: started", then the
# database backed up (SQLite .backup) into WORKDIR/snap beside a copy of the index/ folder as it was before
# the batch, and the run stopped. Run the steps after the stories on copies of WORKDIR/snap:
#   java -cp JARDIR/corroborate-bench.jar dev.corroborate.bench.BatchSteps COPY quotes search
# With STEP (default quotes), the snapshot is taken as that step starts instead: "stories" gives a
# store whose reuse links hold the batch and whose stories do not, for bench/scripts/stories_ab/run.sh.
# usage: bench/scripts/batch_snapshot.sh JARDIR STORE_SRC WORKDIR BATCHFILE [STEP]
set -e
jars=$1; src=$2; work=$3; batch=$4; step=${5:-quotes}
rm -rf "$work" && mkdir -p "$work/snap" && cp -r "$src" "$work/store"
cp -r "$work/store/index" "$work/snap/index"
: > "$work/run.err"
java -jar "$jars/corroborate.jar" analyze --timings --data "$work/store" "$batch" > "$work/run.out" 2> "$work/run.err" &
pid=$!
while ! grep -q "$step: started" "$work/run.err"; do
  kill -0 $pid 2>/dev/null || { echo "analyze ended before its $step step:"; cat "$work/run.err"; exit 1; }
  sleep 0.2
done
kill -STOP $pid
sqlite3 "$work/store/corroborate.db" ".backup '$work/snap/corroborate.db'"
kill -9 $pid
wait $pid || true
rm -rf "$work/store"
echo "snapshot in $work/snap"; cat "$work/run.err"
