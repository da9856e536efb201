#!/usr/bin/env bash
# A Spark standalone cluster on this machine, from Spark's jars in the local Maven repository (no
# Spark installation needed): starts a master and WORKERS workers, each its own JVM, submits the
# job to spark://127.0.0.1:7077 through SparkSubmit in client mode (the driver is this script's
# JVM), then stops the workers and the master. Run from the repository root, after
#   ./mvnw -q -pl spark -am package -DskipTests
#   ./mvnw -q -pl spark -am package dependency:build-classpath -DskipTests -Dmdep.includeScope=provided -DexcludeGroupIds=dev.corroborate -Dmdep.outputFile=target/spark-classpath.txt
# usage: spark/scripts/local-standalone.sh [JOB OPTIONS...]
#   e.g. spark/scripts/local-standalone.sh --input examples/tarn-basin --output /tmp/corroborate-out
# Settings (environment): WORKERS (2), WORKER_CORES (1), WORKER_MEMORY (3g: what a worker may give its
# executors), EXECUTOR_MEMORY (2g), DRIVER_MEMORY (4g), RUN_DIR (a new temporary folder: logs, the
# workers' folders, and SPARK_HOME/jars, links to the jars of the class path that executors are
# started with).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
job_jar="$root/spark/target/corroborate-spark-job.jar"
classpath_file="$root/spark/target/spark-classpath.txt"
for needed in "$job_jar" "$classpath_file"; do
  [ -f "$needed" ] || { echo "local-standalone: $needed is missing: build it first (see the head of this script)" >&2; exit 2; }
done
workers="${WORKERS:-2}"
worker_cores="${WORKER_CORES:-1}"
worker_memory="${WORKER_MEMORY:-3g}"
executor_memory="${EXECUTOR_MEMORY:-2g}"
driver_memory="${DRIVER_MEMORY:-4g}"
run_dir="${RUN_DIR:-$(mktemp -d -t corroborate-standalone.XXXXXX)}"
mkdir -p "$run_dir"
export SPARK_LOCAL_IP=127.0.0.1
# Read by the workers when they build an executor's command (an installation has its own jars instead).
export SPARK_SCALA_VERSION=2.13

# A worker starts each executor with SPARK_HOME/jars/* as its class path. The project's own core and
# io jars are left out: the job jar carries them, and an older copy in the Maven repository would
# shadow the job's classes.
export SPARK_HOME="$run_dir/spark-home"
mkdir -p "$SPARK_HOME/jars"
tr ':' '\n' < "$classpath_file" | grep -v '/dev/corroborate/' | while read -r jar; do
  [ -n "$jar" ] && ln -sf "$jar" "$SPARK_HOME/jars/$(basename "$jar")"
done
spark_cp="$SPARK_HOME/jars/*"
java_opts=(@"$root/spark/java17-spark.args")

pids=()
stop() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap stop EXIT

java "${java_opts[@]}" -Xmx512m -cp "$spark_cp" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 7077 --webui-port 8080 > "$run_dir/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  grep -q "I have been elected leader" "$run_dir/master.log" 2>/dev/null && break
  sleep 1
done
grep -q "I have been elected leader" "$run_dir/master.log" || { echo "local-standalone: the master did not start; see $run_dir/master.log" >&2; exit 1; }

for w in $(seq 1 "$workers"); do
  mkdir -p "$run_dir/worker-$w"
  java "${java_opts[@]}" -Xmx512m -cp "$spark_cp" org.apache.spark.deploy.worker.Worker \
    --cores "$worker_cores" --memory "$worker_memory" --work-dir "$run_dir/worker-$w" \
    --webui-port $((8080 + w)) spark://127.0.0.1:7077 > "$run_dir/worker-$w.log" 2>&1 &
  pids+=($!)
done
for w in $(seq 1 "$workers"); do
  for _ in $(seq 1 60); do
    grep -q "Successfully registered with master" "$run_dir/worker-$w.log" 2>/dev/null && break
    sleep 1
  done
  grep -q "Successfully registered with master" "$run_dir/worker-$w.log" \
    || { echo "local-standalone: worker $w did not register; see $run_dir/worker-$w.log" >&2; exit 1; }
done
echo "local-standalone: master and $workers workers up (logs in $run_dir; master UI http://127.0.0.1:8080)" >&2

java "${java_opts[@]}" -Xmx"$driver_memory" -cp "$job_jar:$spark_cp" org.apache.spark.deploy.SparkSubmit \
  --master spark://127.0.0.1:7077 --deploy-mode client \
  --conf spark.driver.host=127.0.0.1 \
  --executor-memory "$executor_memory" --executor-cores "$worker_cores" \
  --total-executor-cores $((workers * worker_cores)) \
  --class dev.corroborate.spark.CorroborateJob "$job_jar" "$@"
