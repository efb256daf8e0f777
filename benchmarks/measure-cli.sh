#!/usr/bin/env bash
# Whole-process timing of the command line on generated provinces: `validate` against `assess` on the same
# file, and how `assess` grows with the data (1,000 and 4,000 sources: 4x the records).
#
#   mvn -q -B package -DskipTests && benchmarks/measure-cli.sh [RUNS]
#
# Prints every run (wall seconds, user CPU seconds, peak RSS) and the medians. Run it on a quiet machine:
# the load average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=examples/target/shuiyuan.jar
RUNS=${1:-3}
DIR=${TMPDIR:-/tmp}/shuiyuan-cli
LOG=$DIR/times.log
mkdir -p "$DIR"
: > "$LOG"
for n in 1000 4000; do
  [ -f "$DIR/province-$n.json" ] || java -jar "$JAR" generate --sources "$n" --seed 1 --out "$DIR/province-$n.json"
done
echo "load before: $(uptime)"
for i in $(seq "$RUNS"); do
  for n in 1000 4000; do
    /usr/bin/time -a -o "$LOG" -f "$n validate %e %U %M" java -jar "$JAR" validate "$DIR/province-$n.json" > /dev/null
    /usr/bin/time -a -o "$LOG" -f "$n assess %e %U %M" \
      java -jar "$JAR" assess "$DIR/province-$n.json" --as-of 2018-12-10 > "$DIR/assessment-$n.json"
  done
done
echo "load after:  $(uptime)"
echo "sources command wall_s user_s maxrss_kb"
cat "$LOG"
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
for n in 1000 4000; do
  v=$(awk -v n="$n" '$1 == n && $2 == "validate" {print $3}' "$LOG" | median)
  a=$(awk -v n="$n" '$1 == n && $2 == "assess" {print $3}' "$LOG" | median)
  echo "median N=$n: validate ${v}s, assess ${a}s, assess/validate $(awk -v a="$a" -v v="$v" 'BEGIN {printf "%.2f", a / v}')"
done
a1=$(awk '$1 == 1000 && $2 == "assess" {print $3}' "$LOG" | median)
a4=$(awk '$1 == 4000 && $2 == "assess" {print $3}' "$LOG" | median)
echo "assess N=4000 / N=1000 (4x the records): $(awk -v a="$a4" -v b="$a1" 'BEGIN {printf "%.2f", a / b}')x the time"
