#!/bin/bash
# What every bench/scripts/*_ab/run.sh does: compiles its Once.java against the first build's bench
# jar and AB.java, then alternates the builds in one JVM (AB) on INPUT for ROUNDS rounds.
# JAVA_EXTRA (or AB_OPTS) goes to that JVM.
# usage: bench/scripts/compare_ab/alternate.sh ONCE_JAVA INPUT ROUNDS BENCH_JAR...
set -e
here=$(cd "$(dirname "$0")" && pwd)
once=$1; input=$2; rounds=$3; shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -cp "$1" -d "$work/once" "$once"
javac -d "$work" "$here/AB.java"
java ${JAVA_EXTRA:-${AB_OPTS:-}} -Donce="$work/once/" -cp "$work" AB "$input" "$rounds" "$@"
