#!/usr/bin/env bash
# Proves that the look-back form prints as the 附件 of 崇川政办发〔2018〕40号 looks: writes 狼山镇街道's form from the bundled
# sample with the shaded jar (as .xlsx and as .xls), converts each to PDF with LibreOffice, and checks with
# pdftotext that page 1 shows the title, the unit and date, the seven headers and the first row, that every
# row is printed, that the six-row form prints on one page (never a second page holding only the repeated
# header and the last notes), that later pages repeat the header row, that pages are A4 landscape, and that
# the footer reads 第 N 页 共 M 页.
#
# Needs: java 17, examples/target/shuiyuan.jar (mvn -o -q -B install -DskipTests), libreoffice, pdftotext,
# pdfinfo (apt-get install -y --no-install-recommends libreoffice-calc poppler-utils).
# Exit codes: 0 every check passed, 1 a check failed, 2 a tool or the jar is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$ROOT/examples/target/shuiyuan.jar}
SAMPLE=$ROOT/examples/data/chongchuan-2018.json
UNIT=SD-LANGSHAN
AS_OF=2018-12-10

for tool in java libreoffice pdftotext pdfinfo; do
    command -v "$tool" >/dev/null || { echo "缺少工具 [TOOL_MISSING]: $tool" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "缺少 $JAR [JAR_MISSING]：请先运行 mvn -o -q -B install -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# 狼山镇街道's form has six rows: it must print on one page.
SERIALS=(1 2 3 7 9 10)
PAGES_AT_MOST=1

# The report command of the jar.
REPORT=(java -jar "$JAR" report)

# What page 1 must show, and what the whole PDF must show, compared with all white space removed (a wrapped
# cell breaks its text into lines). How many rows fit on page 1 depends on the format's default font.
PAGE1=(
    "附件："
    "饮用水水源地已整改环境问题“回头看”情况统计表"
    "填报单位（盖章）：狼山镇街道"
    "填报时间：2018年12月10日"
    "问题序号" "所在地" "水源地名称" "已整改问题具体情况" "“回头看”情况" "是否完成整治" "备注"
    "一级保护区内沿江雨污混接排口1个"           # serial 1
    "已销号（2018年6月15日）"
    "第1页共"
)
ROWS=(
    "与供水设施和保护水源无关的建材仓库1处"     # serial 2
    "一级保护区内居民住宅3户"                   # serial 3
    "一级保护区岸边有垂钓、游泳人员活动"        # serial 7
    "二级保护区内河滩堆放生活垃圾和建筑垃圾"    # serial 9
    "一级保护区内开垦菜地约5亩"                 # serial 10
    "填表人：刘某"
    "备注：1.请使用EXCEL格式制表"
)

# Reports each of the texts that $1 lacks, labelled $2; returns how many were missing.
missing() {
    local text=$1 where=$2 count=0
    shift 2
    for expected in "$@"; do
        if [[ "$text" != *"$expected"* ]]; then
            echo "$where缺少“$expected” [TEXT_MISSING]"
            count=$((count + 1))
        fi
    done
    return "$count"
}

failures=0
for format in xlsx xls; do
    form="$WORK/lookback.$format"
    if ! "${REPORT[@]}" lookback "$SAMPLE" --unit "$UNIT" --as-of "$AS_OF" --filled-by PER-004 --out "$form" \
            >"$WORK/lookback.log" 2>&1; then
        cat "$WORK/lookback.log" >&2
        echo "$format: 统计表无法写出 [WRITE_FAILED]" >&2
        exit 2
    fi
    start=$(date +%s.%N)
    libreoffice --headless --norestore "-env:UserInstallation=file://$WORK/profile" \
        --convert-to pdf --outdir "$WORK/$format" "$form" >/dev/null 2>&1
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    pdf="$WORK/$format/lookback.pdf"
    [ -s "$pdf" ] || { echo "$format: LibreOffice 未生成PDF [NO_PDF]"; failures=$((failures + 1)); continue; }
    page1=$(pdftotext -raw -f 1 -l 1 "$pdf" - | tr -d ' \t\r\n\f')
    all=$(pdftotext -raw "$pdf" - | tr -d ' \t\r\n')
    missing "$page1" "$format: 第1页" "${PAGE1[@]}" || failures=$((failures + $?))
    missing "$all" "$format: PDF" "${ROWS[@]}" || failures=$((failures + $?))
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    if [ "$pages" -gt "$PAGES_AT_MOST" ]; then   # a short form is fitted onto one page
        echo "$format: ${#SERIALS[@]}行的统计表打印成${pages}页，应为${PAGES_AT_MOST}页 [SMALL_FORM_SPILLS]"
        failures=$((failures + 1))
    fi
    for ((page = 2; page <= pages; page++)); do   # the header row repeats on every printed page
        text=$(pdftotext -raw -f "$page" -l "$page" "$pdf" - | tr -d ' \t\r\n\f')
        missing "$text" "$format: 第${page}页" "问题序号" "是否完成整治" "第${page}页共${pages}页" || failures=$((failures + $?))
    done
    size=$(pdfinfo "$pdf" | sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\).*/\1 \2/p')
    read -r width height <<<"$size"
    if ! awk -v w="$width" -v h="$height" 'BEGIN { exit !(w > 840 && w < 843 && h > 594 && h < 597) }'; then
        echo "$format: 页面不是A4横向（${width} x ${height} pt）[NOT_A4_LANDSCAPE]"
        failures=$((failures + 1))
    fi
    printf '%s: %s页，A4横向，转换用时%.1f秒\n' "$format" "$pages" "$seconds"
done

if [ "$failures" -gt 0 ]; then
    echo "PDF核对未通过：共${failures}处问题 [PDF_CHECK_FAILED]"
    exit 1
fi
echo "PDF核对通过：第1页有标题、填报单位、表头和首行，全部${#ROWS[@]}项后续内容均已打印，续页重复表头 [OK]"
