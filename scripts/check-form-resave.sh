#!/usr/bin/env bash
# A clerk who opens the look-back form in LibreOffice and saves it again (as .xlsx, or as .xls for an office
# that still uses it) has changed nothing: the re-saved form must still pass `report check`. Writes the November
# forms of 任港街道 (a relapsed row) and 狼山镇街道 (the case file's own bad 所在地, a warning) from the bundled
# sample with the shaded jar, re-saves each through LibreOffice to .xlsx and to .xls, and checks every re-saved
# file for period 2018-11. Each re-save is its own check, named in the output.
#
# Needs: java 17, examples/target/shuiyuan.jar (mvn -q -B package -DskipTests), libreoffice
# (apt-get install -y --no-install-recommends libreoffice-calc).
# Exit codes: 0 every re-saved form passed, 1 a check failed, 2 a tool or the jar is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$ROOT/examples/target/shuiyuan.jar}
SAMPLE=$ROOT/examples/data/chongchuan-2018.json
AS_OF=2018-12-10
PERIOD=2018-11

for tool in java libreoffice; do
    command -v "$tool" >/dev/null || { echo "缺少工具 [TOOL_MISSING]: $tool" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "缺少 $JAR [JAR_MISSING]：请先运行 mvn -q -B package -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

failures=0
checks=0
for unit in SD-RENGANG SD-LANGSHAN; do
    for written in xlsx; do
        form="$WORK/$unit.$written"
        if ! java -jar "$JAR" report lookback "$SAMPLE" --unit "$unit" --as-of "$AS_OF" --out "$form" >"$WORK/write.log" 2>&1; then
            cat "$WORK/write.log" >&2
            echo "$unit.$written: 统计表无法写出 [WRITE_FAILED]" >&2
            exit 2
        fi
        for saved in xlsx xls; do
            out="$WORK/$written-to-$saved"
            libreoffice --headless --norestore "-env:UserInstallation=file://$WORK/profile" \
                --convert-to "$saved" --outdir "$out" "$form" >/dev/null 2>&1
            resaved="$out/$unit.$saved"
            checks=$((checks + 1))
            if [ ! -s "$resaved" ]; then
                echo "$unit: .$written 经LibreOffice另存为.$saved 失败 [NO_FILE]"
                failures=$((failures + 1))
            elif java -jar "$JAR" report check "$resaved" --against "$SAMPLE" --period "$PERIOD" >"$WORK/check.log" 2>&1; then
                echo "$unit: .$written 经LibreOffice另存为.$saved 后核对通过 $(tail -n 1 "$WORK/check.log")"
            else
                sed 's/^/    /' "$WORK/check.log"
                echo "$unit: .$written 经LibreOffice另存为.$saved 后核对未通过 [RESAVE_REFUSED]"
                failures=$((failures + 1))
            fi
        done
    done
done

if [ "$failures" -gt 0 ]; then
    echo "另存核对未通过：${checks}项中${failures}项失败 [RESAVE_CHECK_FAILED]"
    exit 1
fi
echo "另存核对通过：${checks}份经LibreOffice另存的统计表全部通过核对 [OK]"
