#!/bin/bash
# The story step of several builds, alternated in one JVM on one store opened for reading (nothing
# written: what a build would write is digested, so the builds can be told to agree), so a loaded
# machine weighs on each alike; CPU of each round, the first two left out of the sorted lists
# (docs/BENCHMARKS.md, "Sixth session: stories").
# usage: bench/scripts/stories_ab/run.sh STORE ROUNDS BENCH_JAR...
#   STORE: a store whose reuse links hold a batch and whose stories do not
#   (bench/scripts/batch_snapshot.sh JARDIR STORE_SRC WORKDIR BATCHFILE stories)
exec "$(dirname "$0")/../compare_ab/alternate.sh" "$(dirname "$0")/Once.java" "$@"
