#!/bin/bash
# The sources step's graphs around the store's last run's articles, for several builds alternated in one
# JVM on one store opened for reading (nothing written); CPU of each round (docs/BENCHMARKS.md, "Sixth session").
# JAVA_EXTRA="-Dall=true": every group of the store, as a run from scratch counts them.
# usage: bench/scripts/sources_ab/run.sh STORE ROUNDS BENCH_JAR...
exec "$(dirname "$0")/../compare_ab/alternate.sh" "$(dirname "$0")/Once.java" "$@"
