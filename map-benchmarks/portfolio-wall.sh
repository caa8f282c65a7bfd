#!/usr/bin/env bash
# Times `map portfolio` as a fresh process on a pipeline of seven-milestone plans in one NDJSON
# file, with 1 and 2 worker threads, JVM start included, and prints plans per second.
#
#   map-benchmarks/portfolio-wall.sh [PLANS] [RUNS]    defaults: 100000 plans, 3 runs each
#
# The file is written once by PipelineFile (map-testkit's pipeline generator, seeded: the same
# file on every machine) to map-benchmarks/target/cli/pipeline-PLANS.ndjson. MAP_BENCH_SKIP_BUILD=1
# reuses the jars. Both launchers are timed: `java -jar map.jar` with the JVM's defaults, and
# ./map (C1, the parallel collector, unless MAP_JAVA_OPTS says otherwise).
set -euo pipefail

plans="${1:-100000}"
runs="${2:-3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
target=map-benchmarks/target
if [[ "${MAP_BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -DskipTests package -pl map-benchmarks,map-cli -am
fi
pipeline="$target/cli/pipeline-$plans.ndjson"
if [[ ! -f "$pipeline" ]]; then
  java -cp "$target/benchmarks.jar" io.mutualplan.benchmarks.PipelineFile "$plans" "$pipeline"
fi
echo "machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
for launcher in "java -jar map-cli/target/map.jar" "./map"; do
  for threads in 1 2; do
    command="$launcher portfolio --ndjson $pipeline --as-of 2027-01-04 --format json -o /dev/null --threads $threads"
    for ((i = 1; i <= runs; i++)); do
      begin=$(date +%s%N)
      $command
      end=$(date +%s%N)
      millis=$(((end - begin) / 1000000))
      echo "$command: run $i: $millis ms, $((plans * 1000 / millis)) plans/s, load $(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done
