#!/bin/bash
# The sources step's graphs around the store's last run's articles, for several builds alternated in one
# JVM on one store opened for reading (nothing written); CPU of each round (docs/BENCHMARKS.md, "Sixth session").
# JAVA_EXTRA="-Dall=true": every group of the store, as a run from scratch counts them.
# usage: bench/scripts/sources_ab/run.sh STORE ROUNDS BENCH_JAR...
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
javac -cp "$3" -d "$work/once" "$here/Once.java"
javac -d "$work" "$here/../compare_ab/AB.java"
store=$1; rounds=$2; shift 2
java ${JAVA_EXTRA:-} -Donce="$work/once/" -cp "$work" AB "$store" "$rounds" "$@"
rm -rf "$work"
