#!/usr/bin/env bash
# Speed of replylint, measured in one run on this machine, as ratios.
#   bash bench/run.sh            # 20,000 replies as .jsonl and as .txt files
#   BIG=1 bash bench/run.sh      # also a 1 GB .jsonl (peak RSS with bounded memory)
# Figures depend on the machine; compare the ratios, not the seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20000}
data=bench/data
bin=bench/replylint
go build -o "$bin" ./cmd/replylint
[ -f "$data/replies.jsonl" ] && [ "$(wc -l < "$data/replies.jsonl")" -eq "$N" ] || { rm -rf "$data"; go run bench/gen.go -n "$N" -out "$data"; }
bytes=$(stat -c %s "$data/replies.jsonl")

# wall seconds and peak RSS (KB) of a command; output discarded, exit 1 is fine
measure() {
  /usr/bin/time -f "%e %M" -o /tmp/replylint-time "$@" >/dev/null 2>&1 || true
  tail -n 1 /tmp/replylint-time
}

echo "## Micro benchmarks (go test -bench)"
go test ./lint ./tone -run '^$' -bench 'LintReply$|ProseTokenize$|AnalyzeReply$' -benchmem -benchtime 20000x | grep '^Benchmark' | tee /tmp/replylint-bench
lint=$(awk '/BenchmarkLintReply/ {print $3}' /tmp/replylint-bench)
prose=$(awk '/BenchmarkProseTokenize/ {print $3}' /tmp/replylint-bench)
awk -v a="$lint" -v b="$prose" 'BEGIN { printf "lint.Lint / bare prose tokenize of the same reply: %.1fx\n\n", a/b }'

echo "## Bulk: $N replies ($(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB jsonl)"
printf "%-28s %8s %12s %8s %10s\n" case wall_s replies/s MB/s rss_MB
row() {
  read -r wall rss <<<"$(measure "${@:2}")"
  awk -v c="$1" -v w="$wall" -v r="$rss" -v n="$N" -v b="$bytes" \
    'BEGIN { if (w == 0) w = 0.01; printf "%-28s %8.2f %12.0f %8.1f %10.1f\n", c, w, n/w, b/1e6/w, r/1024 }'
  echo "$wall" > "/tmp/replylint-wall-$1"
}
row "jsonl -j 1" "$bin" -j 1 --format jsonl "$data/replies.jsonl"
row "jsonl -j 2" "$bin" -j 2 --format jsonl "$data/replies.jsonl"
row "txt files (dir) -j 2" "$bin" -j 2 --format line "$data/txt"
awk -v a="$(cat /tmp/replylint-wall-'jsonl -j 1')" -v b="$(cat /tmp/replylint-wall-'jsonl -j 2')" \
  'BEGIN { if (b == 0) b = 0.01; printf "scaling -j 1 -> -j 2: %.2fx\n\n", a/b }'

echo "## One reply through stdin (process wall time, startup included, mean of 50)"
start=$(date +%s%N)
for _ in $(seq 50); do echo "@user Misschien is je pakket morgen al binnen." | "$bin" - >/dev/null 2>&1 || true; done
end=$(date +%s%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f ms per run\n", (e-s)/50/1e6 }'

if [ "${BIG:-}" = 1 ]; then
  echo; echo "## 1 GB jsonl (bounded memory)"
  big=bench/data/big.jsonl
  [ -f "$big" ] || { for _ in $(seq $((1000000000 / bytes + 1))); do cat "$data/replies.jsonl"; done > "$big"; }
  read -r wall rss <<<"$(measure "$bin" --format jsonl "$big")"
  echo "wall ${wall}s, peak RSS $((rss / 1024)) MB"
fi
