#!/usr/bin/env bash
# Whole-process timing of the command line, every command interleaved in one run so that the numbers compare:
#   - the bundled sample: `validate` against `assess` (the fixed start-up every call pays), `assess` with an
#     overlay that changes nothing (the rules then compile from DRL at start-up, as before they were compiled
#     at build time), and both through scripts/shuiyuan (the lean launcher: class-data sharing, the quick
#     compiler, the throughput collector);
#   - generated provinces of 1,000 and 4,000 sources (4x the records): `validate`, `assess`, and python3's
#     `json.load` of the same file, the floor (just parsing it); at 4,000 also `assess` through scripts/shuiyuan.
#
#   mvn -q -B package -DskipTests && benchmarks/measure-cli.sh [RUNS]
#
# BASE_JAR=/path/to/older/shuiyuan.jar also runs `validate` and `assess` of the sample and of 4,000 sources with that
# jar, interleaved with the rest (labelled base-…), for a before/after in the one run. DRL=0 leaves out the DRL
# line (the slowest, and not what a change of the reader or the session moves).
#
# Prints every run (wall seconds, user and system CPU seconds, peak RSS) and the medians. Run it on a quiet
# machine: the load average is printed before and after; on a busy one compare CPU seconds, not wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=examples/target/shuiyuan.jar
SAMPLE=examples/data/chongchuan-2018.json
RUNS=${1:-3}
BASE_JAR=${BASE_JAR:-}
DRL=${DRL:-1}
DIR=${TMPDIR:-/tmp}/shuiyuan-cli
LOG=$DIR/times.log
mkdir -p "$DIR" "$DIR/no-overlay"
: > "$LOG"
for n in 1000 4000; do
  [ -f "$DIR/province-$n.json" ] || java -jar "$JAR" generate --sources "$n" --seed 1 --out "$DIR/province-$n.json"
done
export SHUIYUAN_JAR=$JAR SHUIYUAN_CDS=$DIR/shuiyuan.jsa
rm -f "$SHUIYUAN_CDS"
scripts/shuiyuan --version > /dev/null   # makes the class-data archive once
timed() { local label=$1; shift; /usr/bin/time -a -o "$LOG" -f "$label %e %U %S %M" "$@" > "$DIR/out.txt"; }
echo "load before: $(uptime)"
for i in $(seq "$RUNS"); do
  timed "sample validate" java -jar "$JAR" validate "$SAMPLE"
  timed "sample assess" java -jar "$JAR" assess "$SAMPLE" --as-of 2018-12-10
  if [ -n "$BASE_JAR" ]; then
    timed "sample base-validate" java -jar "$BASE_JAR" validate "$SAMPLE"
    timed "sample base-assess" java -jar "$BASE_JAR" assess "$SAMPLE" --as-of 2018-12-10
  fi
  if [ "$DRL" = 1 ]; then
    timed "sample assess-drl" java -jar "$JAR" assess "$SAMPLE" --as-of 2018-12-10 --rules "$DIR/no-overlay"
  fi
  timed "sample lean-validate" scripts/shuiyuan validate "$SAMPLE"
  timed "sample lean-assess" scripts/shuiyuan assess "$SAMPLE" --as-of 2018-12-10
  for n in 1000 4000; do
    timed "$n json.load" python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$DIR/province-$n.json"
    timed "$n validate" java -jar "$JAR" validate "$DIR/province-$n.json"
    timed "$n assess" java -jar "$JAR" assess "$DIR/province-$n.json" --as-of 2018-12-10
    [ "$n" = 4000 ] && timed "$n lean-assess" scripts/shuiyuan assess "$DIR/province-$n.json" --as-of 2018-12-10
    if [ -n "$BASE_JAR" ] && [ "$n" = 4000 ]; then
      timed "$n base-validate" java -jar "$BASE_JAR" validate "$DIR/province-$n.json"
      timed "$n base-assess" java -jar "$BASE_JAR" assess "$DIR/province-$n.json" --as-of 2018-12-10
    fi
  done
done
echo "load after:  $(uptime)"
echo "input command wall_s user_s sys_s maxrss_kb"
cat "$LOG"
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
wall() { awk -v i="$1" -v c="$2" '$1 == i && $2 == c {print $3}' "$LOG" | median; }
cpu() { awk -v i="$1" -v c="$2" '$1 == i && $2 == c {print $4 + $5}' "$LOG" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "medians (wall s / CPU s):"
rss() { awk -v i="$1" -v c="$2" '$1 == i && $2 == c {print $6}' "$LOG" | median; }
for c in validate assess assess-drl lean-validate lean-assess base-validate base-assess; do
  grep -q "^sample $c " "$LOG" && echo "  sample $c: $(wall sample "$c") / $(cpu sample "$c")"
done
echo "  sample assess / validate: wall $(ratio "$(wall sample assess)" "$(wall sample validate)"), CPU $(ratio "$(cpu sample assess)" "$(cpu sample validate)")"
echo "  through scripts/shuiyuan: wall $(ratio "$(wall sample lean-assess)" "$(wall sample lean-validate)"), CPU $(ratio "$(cpu sample lean-assess)" "$(cpu sample lean-validate)")"
for n in 1000 4000; do
  echo "  N=$n: json.load $(wall "$n" json.load), validate $(wall "$n" validate), assess $(wall "$n" assess); assess/json.load $(ratio "$(wall "$n" assess)" "$(wall "$n" json.load)"), assess/validate $(ratio "$(wall "$n" assess)" "$(wall "$n" validate)")"
done
echo "  assess N=4000 / N=1000 (4x the records): $(ratio "$(wall 4000 assess)" "$(wall 1000 assess)")x the time, CPU $(ratio "$(cpu 4000 assess)" "$(cpu 1000 assess)")x"
echo "  N=4000 CPU: json.load $(cpu 4000 json.load), validate $(cpu 4000 validate), assess $(cpu 4000 assess); assess/json.load CPU $(ratio "$(cpu 4000 assess)" "$(cpu 4000 json.load)")"
echo "  N=4000 through scripts/shuiyuan: assess/json.load $(ratio "$(wall 4000 lean-assess)" "$(wall 4000 json.load)")"
for c in validate assess lean-assess base-validate base-assess; do
  grep -q "^4000 $c " "$LOG" && echo "  N=4000 $c: wall $(wall 4000 "$c") s, CPU $(cpu 4000 "$c") s, peak RSS $(rss 4000 "$c") KB"
done
true
