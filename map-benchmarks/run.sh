#!/usr/bin/env bash
# Runs MAP's benchmarks and writes the results to map-benchmarks/target/.
#
#   map-benchmarks/run.sh full    the whole set, for BENCHMARKS.md (about 15 minutes on 2 quiet cores)
#   map-benchmarks/run.sh quick   a sanity check: one fork, one 1 s warmup and two 1 s iterations
#                                 per benchmark, random DAGs listed shuffled only (a few minutes)
#
# Anything after the mode goes to JMH, e.g. `run.sh quick Seven` runs only the benchmarks whose
# name matches "Seven" (the command-line wall-clock timing still runs unless MAP_BENCH_WALL=0).
# MAP_BENCH_SKIP_BUILD=1 reuses the jars already built.
#
# Results:
#   target/machine.txt       the machine, the JDK, the load, the mode and how long each part took
#   target/jmh-result.json   JMH's results (-rf json), both groups (see below) in one file
#   target/jmh-output.txt    JMH's human-readable output
#   target/cli-wall.json     `map schedule` on a 100,000-milestone file as fresh processes, by
#                            `java -jar map.jar` and by ./map (hyperfine's --export-json format)
#   target/results.md        the tables for BENCHMARKS.md (report.py)
set -euo pipefail

mode="${1:-full}"
if [[ $# -gt 0 ]]; then
  shift
fi
case "$mode" in
  full | quick) ;;
  *)
    echo "usage: $0 [full|quick] [JMH arguments...]" >&2
    exit 2
    ;;
esac

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
target=map-benchmarks/target
benchmarks_jar="$target/benchmarks.jar"
map_jar=map-cli/target/map.jar
machine="$target/machine.txt"
as_of=2026-11-22
cli_milestones=100000

now() { date +%s; }
started=$(now)

# --- build ---------------------------------------------------------------------------------------
if [[ "${MAP_BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building map-benchmarks and map-cli"
  ./mvnw -B -q -DskipTests package -pl map-benchmarks,map-cli -am
fi
built=$(now)
mkdir -p "$target"

# --- the machine ---------------------------------------------------------------------------------
{
  echo "mode: $mode"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "cpus: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)"
  echo "caches: $(lscpu 2>/dev/null | awk -F: '/^L[123]/ {gsub(/^ +/, "", $2); printf "%s%s %s", sep, $1, $2; sep = ", "}')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo unknown)"
  echo "os: $(uname -srm)"
  echo "java: $(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$machine"
echo "== machine"
cat "$machine"
uptime

# --- JMH -----------------------------------------------------------------------------------------
# Two groups, so that every benchmark has settings chosen for it and the whole set fits in 15
# minutes whatever JMH's defaults (5 x 10 s warm-up and 5 x 10 s measured iterations):
# - the scheduling and command-line classes carry their own @Fork/@Warmup/@Measurement (the random
#   DAG and chain classes through GeneratedPlanScheduleBenchmark; the JGraphT baselines run fewer
#   iterations: at a million milestones one call takes seconds);
# - every other class (JSON, rules, ...) runs with the settings below.
# quick overrides both: one fork, one 1 s warm-up and two 1 s iterations, shuffled random DAGs only.
own_settings='(RandomDagScheduleBenchmark|ChainScheduleBenchmark|SevenStepScheduleBenchmark|CliScheduleBenchmark|ForecastBenchmark)[.]'
if [[ "$mode" == quick ]]; then
  quick=(-f 1 -wi 1 -i 2 -w 1s -r 1s -p listed=shuffled)
  annotated=("${quick[@]}")
  others=("${quick[@]}")
else
  annotated=()
  # Five 2 s warm-ups: with fewer, the JSON reader's JIT had not settled in this project's runs.
  others=(-f 1 -wi 5 -w 2s -i 5 -r 1s)
fi
exclude_others=(-e "^(?!.*$own_settings)")
exclude_annotated=(-e "$own_settings")

rm -f "$target"/jmh-result*.json "$target/jmh-output.txt"
results=()
for group in annotated others; do
  if [[ "$group" == annotated ]]; then
    settings=("${annotated[@]}") selection=("${exclude_others[@]}")
  else
    settings=("${others[@]}") selection=("${exclude_annotated[@]}")
  fi
  # JMH fails when nothing matches, as when the arguments select one group only.
  listed=$(java -jar "$benchmarks_jar" -l "${selection[@]}" "$@")
  if ! grep -q '^io[.]' <<<"$listed"; then
    continue
  fi
  result="$target/jmh-result-$group.json"
  echo "== JMH ($mode, $group): java -jar $benchmarks_jar ${settings[*]} ${selection[*]} -rf json -rff $result $*"
  java -jar "$benchmarks_jar" "${settings[@]}" "${selection[@]}" -rf json -rff "$result" "$@" \
    | tee -a "$target/jmh-output.txt"
  results+=("$result")
done
# One file for report.py and for anyone who reads JMH's JSON.
python3 - "$target/jmh-result.json" "${results[@]}" <<'PYTHON'
import json, sys
merged = []
for path in sys.argv[2:]:
    merged += json.load(open(path))
json.dump(merged, open(sys.argv[1], "w"), indent=2)
PYTHON
measured=$(now)

# --- map schedule as a fresh process -------------------------------------------------------------
# Two ways to start it: plain `java -jar map.jar` with the JVM's defaults, and the repository's
# ./map launcher as a user runs it (C1, the parallel collector and the whole heap from the start,
# unless MAP_JAVA_OPTS says otherwise).
wall_json="$target/cli-wall.json"
if [[ "${MAP_BENCH_WALL:-1}" == 1 ]]; then
  plan_file="$target/cli/plan-$cli_milestones.json"
  schedule_file="$target/cli/schedule-$cli_milestones.json"
  echo "== writing the $cli_milestones-milestone plan file"
  java -cp "$benchmarks_jar" io.mutualplan.benchmarks.PlanFile "$cli_milestones" "$plan_file"
  arguments="schedule $plan_file --as-of $as_of --format json -o $schedule_file"
  commands=("java -jar $map_jar $arguments" "./map $arguments")
  if [[ "$mode" == quick ]]; then
    warmups=1 runs=3
  else
    warmups=2 runs=10
  fi
  echo "== wall clock, $warmups + $runs runs each: ${commands[0]}; ${commands[1]}"
  if command -v hyperfine >/dev/null; then
    hyperfine --style basic --warmup "$warmups" --runs "$runs" --export-json "$wall_json" \
      "${commands[@]}"
  else
    # The same measurement without hyperfine, written in hyperfine's JSON format for report.py.
    measurements=()
    for command in "${commands[@]}"; do
      for ((i = 0; i < warmups; i++)); do
        $command
      done
      times=""
      for ((i = 0; i < runs; i++)); do
        begin=$(date +%s%N)
        $command
        end=$(date +%s%N)
        times+=" $(((end - begin) / 1000))"
        echo "$command: run $((i + 1)): $(((end - begin) / 1000000)) ms"
      done
      measurements+=("$command" "$times")
    done
    python3 - "$wall_json" "${measurements[@]}" <<'PYTHON'
import json, statistics, sys
path, pairs = sys.argv[1], sys.argv[2:]
results = []
for command, micros in zip(pairs[0::2], pairs[1::2]):
    seconds = [int(t) / 1e6 for t in micros.split()]
    results.append({"command": command, "mean": statistics.mean(seconds),
                    "stddev": statistics.stdev(seconds) if len(seconds) > 1 else 0.0,
                    "median": statistics.median(seconds), "min": min(seconds),
                    "max": max(seconds), "times": seconds,
                    "measured_by": "bash loop (date +%s%N)"})
    print(f"{command}: mean {results[-1]['mean']:.3f} s")
json.dump({"results": results}, open(path, "w"), indent=2)
PYTHON
  fi
else
  rm -f "$wall_json"
fi
finished=$(now)

# --- summary -------------------------------------------------------------------------------------
{
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "build seconds: $((built - started))"
  echo "jmh seconds: $((measured - built))"
  echo "wall-clock seconds: $((finished - measured))"
  echo "total seconds: $((finished - started))"
} >>"$machine"
report_args=("$target/jmh-result.json" --machine "$machine")
if [[ -f "$wall_json" ]]; then
  report_args+=(--wall "$wall_json")
fi
python3 map-benchmarks/report.py "${report_args[@]}" >"$target/results.md"
echo "== done in $((finished - started)) s (build $((built - started)) s, JMH $((measured - built)) s, wall clock $((finished - measured)) s)"
echo "results: $target/jmh-result.json, $target/cli-wall.json, $target/results.md"
echo "update BENCHMARKS.md: python3 map-benchmarks/report.py ${report_args[*]} --update BENCHMARKS.md"
