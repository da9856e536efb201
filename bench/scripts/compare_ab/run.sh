#!/bin/bash
# The compare step of several builds, alternated in one JVM on one store opened for reading (nothing
# written), so a loaded machine weighs on each alike; CPU of each round, the first two left out of the
# sorted lists (docs/BENCHMARKS.md, "compare6").
# usage: bench/scripts/compare_ab/run.sh STORE ROUNDS BENCH_JAR...
#   STORE: a store whose stories and quotes hold a batch and whose compared_events do not yet
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
javac -cp "$3" -d "$work/once" "$here/Once.java"
javac -d "$work" "$here/AB.java"
store=$1; rounds=$2; shift 2
java ${JAVA_EXTRA:-} -Donce="$work/once/" -cp "$work" AB "$store" "$rounds" "$@"
rm -rf "$work"
