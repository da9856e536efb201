#!/bin/bash
# The compare step of several builds, alternated in one JVM on one store opened for reading (nothing
# written), so a loaded machine weighs on each alike; CPU of each round, the first two left out of the
# sorted lists (docs/BENCHMARKS.md, "compare6").
# usage: bench/scripts/compare_ab/run.sh STORE ROUNDS BENCH_JAR...
#   STORE: a store whose stories and quotes hold a batch and whose compared_events do not yet
#   BENCH_JAR=STORE2: that build on STORE2 instead (a store of its schema, marked by its triggers)
exec "$(dirname "$0")/../compare_ab/alternate.sh" "$(dirname "$0")/Once.java" "$@"
