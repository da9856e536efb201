#!/bin/bash
# The reading step's extraction of a file (no store), for several builds alternated in one JVM; CPU of
# each round (docs/BENCHMARKS.md, "Sixth session"). usage: bench/scripts/reading_ab/run.sh FILE ROUNDS BENCH_JAR...
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
javac -cp "$3" -d "$work/once" "$here/Once.java"
javac -d "$work" "$here/../compare_ab/AB.java"
file=$1; rounds=$2; shift 2
java ${JAVA_EXTRA:-} -Donce="$work/once/" -cp "$work" AB "$file" "$rounds" "$@"
rm -rf "$work"
