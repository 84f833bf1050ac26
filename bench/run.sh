#!/usr/bin/env bash
# Speed of replylint, measured in one run on this machine, as ratios.
#   bash bench/run.sh                     # 20,000 replies as .jsonl, .csv and .txt files
#   BEFORE=/tmp/rl-old bash bench/run.sh  # the same with another build, side by side
#   BIG=1 bash bench/run.sh               # also a 1 GB .jsonl (peak RSS with bounded memory)
# Figures depend on the machine and on what else runs on it; compare the
# ratios within one run, not the seconds across runs. Each case runs
# ROUNDS times (default 3), alternating builds, and the fastest counts.
# To see where the time goes: REPLYLINT_CPUPROFILE=cpu.prof replylint …,
# then go tool pprof -top bench/replylint cpu.prof; and in-process, with
# allocations per reply:
#   go test ./cmd/replylint -run '^$' -bench Bulk -benchtime 2x
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20000}
ROUNDS=${ROUNDS:-3}
data=bench/data
bin=bench/replylint
go build -o "$bin" ./cmd/replylint
[ -f "$data/replies.csv" ] && [ "$(wc -l < "$data/replies.jsonl")" -eq "$N" ] || { rm -rf "$data"; go run bench/gen.go -n "$N" -out "$data"; }
bytes=$(stat -c %s "$data/replies.jsonl")
builds=("$bin")
[ -n "${BEFORE:-}" ] && builds=("$bin" "$BEFORE")

# wall seconds, CPU seconds (user+sys) and peak RSS (KB) of a command;
# output discarded, exit 1 (findings) and 2 (bad records) are fine
measure() {
  /usr/bin/time -f "%e %U %S %M" -o /tmp/replylint-time "$@" >/dev/null 2>&1 || true
  tail -n 1 /tmp/replylint-time | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
}

echo "## Micro benchmarks (go test -bench)"
go test ./lint ./tone -run '^$' -bench 'LintReply$|ProseTokenize$|AnalyzeReply$' -benchmem -benchtime 20000x | grep '^Benchmark' | tee /tmp/replylint-bench
lint=$(awk '/BenchmarkLintReply/ {print $3}' /tmp/replylint-bench)
prose=$(awk '/BenchmarkProseTokenize/ {print $3}' /tmp/replylint-bench)
awk -v a="$lint" -v b="$prose" 'BEGIN { printf "lint.Lint / bare prose tokenize of the same reply: %.1fx\n\n", a/b }'

echo "## One long line (go test -bench LongLine): time at 4x the input over time at 1x, about 4 when linear"
{ go test ./tone -run '^$' -bench 'LongLine' -benchtime 3x; go test ./lint -run '^$' -bench 'LintExchangeLongLine' -benchtime 3x; } |
  awk '/^Benchmark/ { name = $1; sub(/-[0-9]+$/, "", name); n = split(name, p, "/"); size = p[n]; base = substr(name, 1, length(name) - length(size) - 1)
    t[base, size] = $3; if (!(base in seen)) { seen[base] = 1; order[++k] = base } }
    END { for (i = 1; i <= k; i++) { b = order[i]; small = t[b, "2000x"] ? t[b, "2000x"] : t[b, "25x"]; big = t[b, "8000x"] ? t[b, "8000x"] : t[b, "100x"]
      if (small > 0) printf "%-60s %6.1fx\n", b, big / small } }'
echo

echo "## Bulk: $N replies ($(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB jsonl), best of $ROUNDS"
printf "%-26s %-22s %8s %8s %11s %7s %8s\n" case build wall_s cpu_s replies/s MB/s rss_MB
# row NAME ARGS...: the case with every build; the build runs as "$b" ARGS.
# MB/s is the size of the .jsonl export over the wall time: the same
# replies, whatever the input format.
row() {
  local name=$1; shift
  declare -A best_wall best_cpu best_rss
  for _ in $(seq "$ROUNDS"); do
    for b in "${builds[@]}"; do
      read -r wall cpu rss <<<"$(measure "$b" "$@")"
      if [ -z "${best_wall[$b]:-}" ] || awk -v a="$wall" -v b="${best_wall[$b]}" 'BEGIN{exit !(a<b)}'; then
        best_wall[$b]=$wall best_cpu[$b]=$cpu best_rss[$b]=$rss
      fi
    done
  done
  for b in "${builds[@]}"; do
    awk -v c="$name" -v bn="$(basename "$b")" -v w="${best_wall[$b]}" -v u="${best_cpu[$b]}" -v r="${best_rss[$b]}" -v n="$N" -v by="$bytes" \
      'BEGIN { if (w == 0) w = 0.01; printf "%-26s %-22s %8.2f %8.2f %11.0f %7.1f %8.1f\n", c, bn, w, u, n/w, by/1e6/w, r/1024 }'
  done
  if [ ${#builds[@]} -eq 2 ]; then # ratios: the other build's time over this one's
    awk -v a="${best_wall[$bin]}" -v b="${best_wall[$BEFORE]}" -v ca="${best_cpu[$bin]}" -v cb="${best_cpu[$BEFORE]}" \
      'BEGIN { if (a == 0) a = 0.01; if (ca == 0) ca = 0.01; printf "%-26s %-22s %7.2fx %7.2fx\n", "", "speed-up", b/a, cb/ca }'
  fi
  echo "${best_wall[$bin]}" > "/tmp/replylint-wall-$name"
}
row "jsonl -j 1" -j 1 --format jsonl "$data/replies.jsonl"
row "jsonl -j 2" -j 2 --format jsonl "$data/replies.jsonl"
row "txt files (dir) -j 2" -j 2 --format line "$data/txt"
# Inputs and commands an older build may lack: this build only.
all=("${builds[@]}")
builds=("$bin")
row "csv -j 2" -j 2 --format jsonl "$data/replies.csv"
row "report html, jsonl -j 2" report -j 2 -o /dev/null "$data/replies.jsonl"
builds=("${all[@]}")
awk -v a="$(cat '/tmp/replylint-wall-jsonl -j 1')" -v b="$(cat '/tmp/replylint-wall-jsonl -j 2')" \
  'BEGIN { if (b == 0) b = 0.01; printf "scaling -j 1 -> -j 2: %.2fx\n\n", a/b }'

echo "## One reply through stdin (process wall time, startup included, mean of 50)"
for b in "${builds[@]}"; do
  start=$(date +%s%N)
  for _ in $(seq 50); do echo "@user Misschien is je pakket morgen al binnen." | "$b" - >/dev/null 2>&1 || true; done
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" -v bn="$(basename "$b")" 'BEGIN { printf "%-22s %.1f ms per run\n", bn, (e-s)/50/1e6 }'
done

if [ "${BIG:-}" = 1 ]; then
  echo; echo "## 1 GB jsonl (bounded memory)"
  big=bench/data/big.jsonl
  [ -f "$big" ] || { for _ in $(seq $((1000000000 / bytes + 1))); do cat "$data/replies.jsonl"; done > "$big"; }
  read -r wall cpu rss <<<"$(measure "$bin" --format jsonl "$big")"
  echo "wall ${wall}s, cpu ${cpu}s, $(awk -v b="$(stat -c %s "$big")" -v w="$wall" 'BEGIN { printf "%.1f", b/1e6/w }') MB/s, peak RSS $((rss / 1024)) MB"
fi
