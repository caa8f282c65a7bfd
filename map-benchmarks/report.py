#!/usr/bin/env python3
"""Turns JMH's JSON results and the command line's wall-clock timing into BENCHMARKS.md's tables.

    python3 map-benchmarks/report.py map-benchmarks/target/jmh-result.json \
        --machine map-benchmarks/target/machine.txt --wall map-benchmarks/target/cli-wall.json \
        [--update BENCHMARKS.md]

Without --update it prints the Markdown; with it, it replaces what lies between the lines
`<!-- results:begin -->` and `<!-- results:end -->` of that file. Several JMH result files may be
given (later ones win for the same benchmark and parameters).

Each table puts MAP's figure beside its comparison's, the speed-up (the comparison's time per
operation divided by ours, so 2.0x means MAP takes half the time; for throughput benchmarks, our
throughput divided by theirs) and the targets (BENCHMARKS.md, "Targets") with whether they are met. Benchmarks
that no table claims are listed at the end, so a new benchmark is never silently dropped.
"""

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass, field
from typing import Callable, Optional

BEGIN = "<!-- results:begin -->"
END = "<!-- results:end -->"

SECONDS_PER = {"s": 1.0, "ms": 1e-3, "us": 1e-6, "ns": 1e-9, "min": 60.0}


@dataclass
class Result:
    """One JMH result: a benchmark method with one combination of parameters."""

    klass: str
    method: str
    params: dict
    mode: str
    score: float
    error: float
    unit: str

    def seconds_per_op(self) -> float:
        """The time per operation, whatever the mode (a throughput is inverted)."""
        if self.unit.startswith("ops/"):
            return SECONDS_PER[self.unit[4:]] / self.score
        return self.score * SECONDS_PER[self.unit.split("/")[0]]

    def shown(self) -> str:
        """The score as JMH reported it, with its error where JMH computed one."""
        text = f"{number(self.score)} {self.unit}"
        if self.error is not None and math.isfinite(self.error) and self.error > 0:
            text = f"{number(self.score)} ± {number(self.error)} {self.unit}"
        return text


def number(value: float) -> str:
    """Three significant figures, without scientific notation for the sizes that occur here."""
    if value == 0 or not math.isfinite(value):
        return str(value)
    digits = max(0, 2 - int(math.floor(math.log10(abs(value)))))
    return f"{value:,.{digits}f}"


def in_unit(seconds: float, unit: str) -> str:
    """A time per operation in the unit of another result, so the two columns compare at a glance."""
    if unit.startswith("ops/"):
        return f"{number(SECONDS_PER[unit[4:]] / seconds)} {unit}"
    return f"{number(seconds / SECONDS_PER[unit.split('/')[0]])} {unit}"


def load(paths) -> dict:
    results = {}
    for path in paths:
        with open(path, encoding="utf-8") as file:
            for entry in json.load(file):
                qualified, method = entry["benchmark"].rsplit(".", 1)
                metric = entry["primaryMetric"]
                error = metric.get("scoreError")
                result = Result(
                    klass=qualified.rsplit(".", 1)[-1],
                    method=method,
                    params=dict(entry.get("params") or {}),
                    mode=entry["mode"],
                    score=float(metric["score"]),
                    error=float(error) if isinstance(error, (int, float)) else None,
                    unit=metric["scoreUnit"],
                )
                results[(result.klass, result.method, tuple(sorted(result.params.items())))] = result
    return results


# --- targets --------------------------------------------------------------------------------------


@dataclass
class Target:
    """A performance target (BENCHMARKS.md, "Targets"): a text and a test of (ours, comparison)."""

    text: str
    met: Callable[[Result, Optional[Result]], Optional[bool]]


def faster_than(seconds: float, text: str) -> Target:
    return Target(text, lambda ours, _: ours.seconds_per_op() < seconds)


def speed_up_at_least(times: float) -> Target:
    def met(ours, comparison):
        return None if comparison is None else speed_up(ours, comparison) >= times

    return Target(f"≥ {times:g}× the comparison", met)


def speed_up(ours: Result, comparison: Result) -> float:
    return comparison.seconds_per_op() / ours.seconds_per_op()


# --- tables ---------------------------------------------------------------------------------------


@dataclass
class Table:
    """One table: a benchmark class, our method, the comparison's method, a row per parameter set."""

    title: str
    klass: str
    ours: str
    comparison: Optional[str]
    ours_name: str = "MAP"
    comparison_name: str = ""
    columns: list = field(default_factory=list)  # parameters shown, in order
    targets: Callable[[dict], list] = lambda params: []
    note: str = ""
    sort_key: Callable[[dict], tuple] = lambda params: tuple(sorted(params.items()))


def param_int(name):
    return lambda params: (int(params.get(name, 0)),)


TYPED_POJO = "Jackson databind (typed POJO)"
STRINGS_POJO = "Jackson databind (strings-only POJO)"
TYPED_VALUES = ("dates as `LocalDate` and `Instant` through jackson-datatype-jsr310, enums, "
                "typed dependencies")
STRINGS_NOTE = ("For information (no target): `PlanPojo` keeps dates, instants and enumerations "
                "as strings and dependencies as strings or maps, so databind does the least work "
                "it can.")


def json_table(title, ours, comparison, comparison_name, note, target=None):
    """A JsonBenchmark table: MapJson beside one databind path, a row per document size; target is
    the least speed-up the table must show, or None for a table for information."""
    return Table(
        title=title,
        klass="JsonBenchmark",
        ours=ours,
        comparison=comparison,
        ours_name="MapJson",
        comparison_name=comparison_name,
        columns=["size"],
        targets=(lambda p: [speed_up_at_least(target)]) if target else (lambda p: []),
        note=note,
        sort_key=param_int("size"),
    )


TABLES = [
    Table(
        title="Scheduling random DAGs (about 3 dependencies per milestone)",
        klass="RandomDagScheduleBenchmark",
        ours="mapScheduler",
        comparison="jgrapht",
        comparison_name="JGraphT CPM",
        columns=["size", "listed"],
        targets=lambda p: (
            [faster_than(0.300, "< 300 ms"), speed_up_at_least(3)]
            if p["size"] == "1000000" and p["listed"] == "in-order"
            else [speed_up_at_least(3)] if p["size"] in ("100000", "1000000") else []),
        note="`listed`: `in-order` lists every milestone after its predecessors, as people write "
             "plans; `shuffled` (the generator's default) in random order, which the scheduler "
             "must sort first. The 300 ms target is read as applying to the plan as people write "
             "it (docs/decisions.md); the shuffled figure is reported beside it.",
        sort_key=lambda p: (int(p["size"]), p["listed"]),
    ),
    Table(
        title="Scheduling a chain of a million milestones",
        klass="ChainScheduleBenchmark",
        ours="mapScheduler",
        comparison="jgrapht",
        comparison_name="JGraphT CPM",
        columns=["length"],
        targets=lambda p: [speed_up_at_least(3)],
    ),
    Table(
        title="Scheduling a 7-milestone plan (acme-go-live)",
        klass="SevenStepScheduleBenchmark",
        ours="mapScheduler",
        comparison="jgrapht",
        comparison_name="JGraphT CPM",
        targets=lambda p: [faster_than(10e-6, "low microseconds (< 10 µs)")],
    ),
    Table(
        title="Scheduling a 7-milestone plan and reading every date",
        klass="SevenStepScheduleBenchmark",
        ours="mapSchedulerDates",
        comparison="jgrapht",
        comparison_name="JGraphT CPM (no dates)",
        targets=lambda p: [faster_than(10e-6, "low microseconds (< 10 µs)")],
    ),
    Table(
        title="All built-in rules on a 7-milestone plan (acme-go-live)",
        klass="RulesBenchmark",
        ours="engine",
        comparison="handWritten",
        ours_name="MAP rule engine",
        comparison_name="the same checks hand-written",
        targets=lambda p: [faster_than(5e-6, "< 5 µs")],
    ),
    json_table("Reading a plan document", "mapRead", "databindRead", TYPED_POJO,
               "`size`: milestones. MAP's reader also checks every rule of the plan format and "
               "builds the validated model; databind fills an equivalent mutable POJO "
               "(`TypedPlanPojo`: " + TYPED_VALUES + ") and checks nothing. For information: the "
               "read target is on the like-for-like path, two tables down."),
    json_table("Reading a plan document, beside a strings-only POJO", "mapRead",
               "databindReadStrings", STRINGS_POJO, STRINGS_NOTE),
    json_table("Reading a plan document into the validated model, both ways", "mapRead",
               "databindReadAndBuild", "databind, then the model's builders",
               "The like-for-like comparison, which carries the read target: databind reads the "
               "strings-only `PlanPojo` and `PojoPlans` builds the same validated model from it "
               "through the builders. MapJson also reports the line and column of every problem "
               "and checks the document's shape (types, unknown and repeated fields), which this "
               "path does not.", target=1.0),
    Table(
        title="The plan's own check, alone",
        klass="JsonBenchmark",
        ours="planCheck",
        comparison=None,
        columns=["size"],
        note="For information (no target): the plan rebuilt from the parts `mapRead` gave "
             "(`MutualActionPlan.builder().from(plan).build()`), so that its check runs again: "
             "ids, owners, every dependency resolved to its milestone. Nothing is read, and the "
             "milestones' own checks do not run again (they passed them when they were read). "
             "`mapRead` pays this; a reader as fast as databind would pay it too.",
        sort_key=param_int("size"),
    ),
    json_table("Writing a plan document", "mapWrite", "databindWrite", TYPED_POJO,
               "Databind writes the typed POJO of the reading table (" + TYPED_VALUES + "), "
               "checking nothing. It writes every dependency as an object, where MapJson writes a "
               "bare id when the type and lag are the defaults.",
               target=0.8),
    json_table("Writing a plan document, beside a strings-only POJO", "mapWrite",
               "databindWriteStrings", STRINGS_POJO, STRINGS_NOTE),
    Table(
        title="`map schedule --format json` on a 100,000-milestone file, in a warm JVM",
        klass="CliScheduleBenchmark",
        ours="mapSchedule",
        comparison=None,
        columns=["milestones"],
        note="The target is on a fresh process: see the next table.",
    ),
]


def render_table(table: Table, results: dict, claimed: set) -> list:
    rows = [r for r in results.values() if r.klass == table.klass and r.method == table.ours]
    if not rows:
        return []
    lines = [f"### {table.title}", ""]
    if table.note:
        lines += [table.note, ""]
    header = list(table.columns) + [table.ours_name]
    if table.comparison:
        header += [table.comparison_name, "speed-up"]
    header += ["target", "met?"]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join("---" for _ in header) + "|")
    for ours in sorted(rows, key=lambda r: table.sort_key(r.params)):
        key = tuple(sorted(ours.params.items()))
        claimed.add((table.klass, table.ours, key))
        comparison = None
        if table.comparison:
            comparison = results.get((table.klass, table.comparison, key))
            if comparison:
                claimed.add((table.klass, table.comparison, key))
        cells = [parameter(ours.params.get(c, "")) for c in table.columns] + [ours.shown()]
        if table.comparison:
            if comparison:
                cells += [comparison_figure(comparison, ours.unit),
                          f"{speed_up(ours, comparison):.2f}×"]
            else:
                cells += ["not run", "–"]
        targets = table.targets(ours.params)
        cells.append("; ".join(t.text for t in targets) or "–")
        cells.append("; ".join(verdict(t.met(ours, comparison)) for t in targets) or "–")
        lines.append("| " + " | ".join(cells) + " |")
    return lines + [""]


def comparison_figure(comparison: Result, unit: str) -> str:
    """The comparison's figure in our unit, followed by its own when JMH reported another unit."""
    if comparison.unit == unit:
        return comparison.shown()
    return f"{in_unit(comparison.seconds_per_op(), unit)} ({comparison.shown()})"


def parameter(value: str) -> str:
    """A parameter as written in the tables: sizes with thousands separators."""
    return f"{int(value):,}" if value.isdigit() else value


def verdict(met: Optional[bool]) -> str:
    return "–" if met is None else ("yes" if met else "**no**")


FORECAST_PLANS = {
    # plan parameter: (trials of the forecast, its target in seconds, the target's text)
    "acme-go-live": (10_000, 5e-3, "< 5 ms"),
    "random-10000": (1_000, 1.0, "< 1 s"),
}


def render_forecast(results: dict, claimed: set) -> list:
    """The forecast's table: a whole forecast, and per trial beside the obvious way's trial."""
    rows = [r for r in results.values() if r.klass == "ForecastBenchmark" and r.method == "forecast"]
    if not rows:
        return []
    lines = [
        "### The Monte Carlo forecast, one thread",
        "",
        "`acme-go-live`: 10,000 trials of the 7-milestone Acme plan; `random-10000`: 1,000 trials "
        "of a 10,000-milestone random DAG with about 30,000 dependencies and an estimate on every "
        "milestone (`BenchmarkPlans.estimatedDag`). *Per trial* is the forecast divided by its "
        "trials; *the obvious way* is one trial as a new plan with the drawn durations through "
        "`Scheduler.schedule`, reading the finish, the slack and every milestone's early finish "
        "and critical flag (`obviousTrial`).",
        "",
        "| plan | trials | forecast | per trial | the obvious way, per trial | speed-up | target | met? |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for ours in sorted(rows, key=lambda r: r.params.get("plan", "")):
        key = tuple(sorted(ours.params.items()))
        claimed.add(("ForecastBenchmark", "forecast", key))
        plan = ours.params.get("plan", "")
        trials, limit, text = FORECAST_PLANS.get(plan, (1, None, ""))
        per_trial = ours.seconds_per_op() / trials
        obvious = results.get(("ForecastBenchmark", "obviousTrial", key))
        targets, verdicts = [], []
        if limit is not None:
            targets.append(text)
            verdicts.append(verdict(ours.seconds_per_op() < limit))
        if obvious:
            claimed.add(("ForecastBenchmark", "obviousTrial", key))
            ratio = obvious.seconds_per_op() / per_trial
            targets.append("≥ 20× per trial")
            verdicts.append(verdict(ratio >= 20))
            obvious_cell, ratio_cell = obvious.shown(), f"{ratio:.2f}×"
        else:
            obvious_cell, ratio_cell = "not run", "–"
        cells = [plan, f"{trials:,}", ours.shown(), in_unit(per_trial, "us/op"), obvious_cell,
                 ratio_cell, "; ".join(targets) or "–", "; ".join(verdicts) or "–"]
        lines.append("| " + " | ".join(cells) + " |")
    return lines + [""]


def render_wall(path: str) -> list:
    with open(path, encoding="utf-8") as file:
        results = json.load(file)["results"]
    how = results[0].get("measured_by", "hyperfine")
    runs = len(results[0].get("times") or [])
    lines = [
        "### `map schedule --format json` on a 100,000-milestone file, a fresh process each time",
        "",
        f"{runs} runs of each command after warm-up runs, measured by {how}. `java -jar` starts "
        "the JVM with its defaults"
        + ("; `./map`, the repository's launcher, with C1, the parallel collector and the whole "
           "heap from the start"
           if any(r["command"].startswith("./map") for r in results) else "")
        + ". The target is on the mean.",
        "",
        "| command | mean | ± σ | median | min | max | CPU (user + system) | target | met? |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        cpu = "–"
        if "user" in result and "system" in result:
            cpu = f"{result['user'] + result['system']:.3f} s"
        cells = [f"`{result['command']}`", f"{result['mean']:.3f} s",
                 f"{result.get('stddev') or 0:.3f} s",
                 f"{result.get('median', result['mean']):.3f} s", f"{result['min']:.3f} s",
                 f"{result['max']:.3f} s", cpu, "< 2 s wall", verdict(result["mean"] < 2.0)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines + [""]


def render_machine(path: str) -> list:
    facts = {}
    with open(path, encoding="utf-8") as file:
        for line in file:
            if ":" in line:
                key, value = line.split(":", 1)
                facts[key.strip()] = value.strip()
    lines = []
    if facts.get("mode") == "quick":
        lines += ["> **Quick mode**: one fork and two 1-second iterations per benchmark. A sanity "
                  "check that everything runs, not figures to quote.", ""]
    lines += ["| | |", "|---|---|"]
    for key in ["mode", "date", "git", "cpus", "cpu", "caches", "memory", "os", "java", "load before",
                "load after", "build seconds", "jmh seconds", "wall-clock seconds", "total seconds"]:
        if key in facts:
            lines.append(f"| {key} | {facts[key]} |")
    return lines + [""]


def render_others(results: dict, claimed: set) -> list:
    others = [r for key, r in results.items() if key not in claimed]
    if not others:
        return []
    lines = ["### Other benchmarks", "", "| benchmark | parameters | mode | score |",
             "|---|---|---|---|"]
    for r in sorted(others, key=lambda r: (r.klass, r.method, sorted(r.params.items()))):
        params = ", ".join(f"{k}={v}" for k, v in sorted(r.params.items())) or "–"
        lines.append(f"| {r.klass}.{r.method} | {params} | {r.mode} | {r.shown()} |")
    return lines + [""]


def render(args) -> str:
    results = load(args.results)
    claimed = set()
    lines = ["<!-- generated by map-benchmarks/report.py; regenerate rather than edit -->", ""]
    if args.machine:
        lines += render_machine(args.machine)
    for table in TABLES:
        lines += render_table(table, results, claimed)
    lines += render_forecast(results, claimed)
    if args.wall:
        lines += render_wall(args.wall)
    lines += render_others(results, claimed)
    return "\n".join(lines).rstrip() + "\n"


def update(path: str, generated: str) -> None:
    with open(path, encoding="utf-8") as file:
        text = file.read()
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(text):
        sys.exit(f"{path} has no {BEGIN} ... {END} section to replace")
    text = pattern.sub(lambda _: f"{BEGIN}\n{generated}{END}", text, count=1)
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", nargs="+", help="JMH result files (-rf json)")
    parser.add_argument("--machine", help="machine.txt written by run.sh")
    parser.add_argument("--wall", help="hyperfine --export-json file of the fresh-process timing")
    parser.add_argument("--update", metavar="FILE",
                        help=f"replace the section between {BEGIN} and {END} of FILE")
    args = parser.parse_args()
    generated = render(args)
    if args.update:
        update(args.update, generated)
    else:
        sys.stdout.write(generated)


if __name__ == "__main__":
    main()
