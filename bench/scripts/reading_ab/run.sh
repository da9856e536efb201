#!/bin/bash
# The reading step's extraction of a file (no store), for several builds alternated in one JVM; CPU of
# each round (docs/BENCHMARKS.md, "Sixth session"). usage: bench/scripts/reading_ab/run.sh FILE ROUNDS BENCH_JAR...
exec "$(dirname "$0")/../compare_ab/alternate.sh" "$(dirname "$0")/Once.java" "$@"
