#!/usr/bin/env bash
# Proves that the supervision workbook prints: writes the demo's workbook from the bundled sample with the shaded
# jar, converts it to PDF with LibreOffice, and checks with pdftotext that every table sheet is one page wide —
# every page that shows a sheet's header shows all of that sheet's headers (the header row repeats on every page,
# so a sheet wider than the page leaves some headers on another page) — that the summary comes first with its
# as-of date and rule set, that the chart sheet shows both charts, that pages are A4 landscape, and that the
# footer reads 第 N 页 共 M 页. Overlapping text cannot be seen in a PDF's text layer: unit tests hold the row
# heights that prevent it (SupervisionWorkbookPrintTest).
#
# Needs: java 17, examples/target/shuiyuan.jar (mvn -q -B package -DskipTests), libreoffice, pdftotext, pdfinfo
# (apt-get install -y --no-install-recommends libreoffice-calc poppler-utils).
# Exit codes: 0 every check passed, 1 a check failed, 2 a tool or the jar is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$ROOT/examples/target/shuiyuan.jar}
AS_OF=2018-12-10

for tool in java libreoffice pdftotext pdfinfo; do
    command -v "$tool" >/dev/null || { echo "缺少工具 [TOOL_MISSING]: $tool" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "缺少 $JAR [JAR_MISSING]：请先运行 mvn -q -B package -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Each table sheet: a header only that sheet has (it finds the sheet's pages), then all of its headers.
SHEETS=(
    "汇总|逾期未解决|责任单位 严重 较重 一般 提示 问题总数 未解决 逾期未解决 反弹或未整改到位 可销号 已销号 其中违规销号 问责建议"
    "问题发现|规则名称|严重程度 责任单位 水源地 规则编号 规则名称 对象类型 对象 关联 说明 依据"
    "销号状态|未满足的销号条件|问题序号 问题编号 水源地 责任单位 问题描述 状态 可销号 未满足的销号条件"
    "问责建议|问责事由|规则编号 问责对象 责任人 问责事由 建议措施 依据"
    "水质评价|超标项目|样品编号 水源地 采样日期 水质类别 水质目标 是否达标 是否达到目标 超标项目"
)
PAGE1=("崇川区饮用水水源地环境保护督查汇总" "统计截至：2018年12月10日" "规则集：" "指纹（SHA-256）：" "崇川区合计")
CHARTS=("各规则族发现条数（按严重程度）" "各责任单位问题整治与销号进展")

if ! java -jar "$JAR" demo --out "$WORK/demo" --as-of "$AS_OF" >"$WORK/demo.log" 2>&1; then
    cat "$WORK/demo.log" >&2
    echo "示例运行失败，未写出监管工作簿 [WRITE_FAILED]" >&2
    exit 2
fi
workbook="$WORK/demo/监管工作簿-$AS_OF.xlsx"
[ -s "$workbook" ] || { echo "示例未写出 $workbook [WRITE_FAILED]" >&2; exit 2; }
cp "$workbook" "$WORK/workbook.xlsx"
start=$(date +%s.%N)
libreoffice --headless --norestore "-env:UserInstallation=file://$WORK/profile" \
    --convert-to pdf --outdir "$WORK" "$WORK/workbook.xlsx" >/dev/null 2>&1
seconds=$(echo "$(date +%s.%N) - $start" | bc)
pdf="$WORK/workbook.pdf"
[ -s "$pdf" ] || { echo "LibreOffice 未生成PDF [NO_PDF]"; exit 1; }
pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')

declare -a TEXT
for ((page = 1; page <= pages; page++)); do
    TEXT[page]=$(pdftotext -raw -f "$page" -l "$page" "$pdf" - | tr -d ' \t\r\n\f')
done

failures=0
fail() {
    echo "$1"
    failures=$((failures + 1))
}

for text in "${PAGE1[@]}"; do
    [[ "${TEXT[1]}" == *"$text"* ]] || fail "第1页（汇总）缺少“$text” [TEXT_MISSING]"
done
[[ "${TEXT[2]}" == *"规则族"* ]] || fail "第2页不是图表页 [CHARTS_NOT_SECOND]"
for title in "${CHARTS[@]}"; do
    [[ "${TEXT[2]}" == *"$title"* ]] || fail "图表页缺少图表“$title” [CHART_MISSING]"
done

for entry in "${SHEETS[@]}"; do
    IFS='|' read -r sheet marker headers <<<"$entry"
    found=0
    for ((page = 1; page <= pages; page++)); do
        [[ "${TEXT[page]}" == *"$marker"* ]] || continue
        found=$((found + 1))
        for header in $headers; do
            [[ "${TEXT[page]}" == *"$header"* ]] || fail "$sheet：第${page}页缺少表头“$header”，表格宽于一页 [WIDER_THAN_PAGE]"
        done
    done
    [ "$found" -gt 0 ] || fail "$sheet：PDF中找不到该表 [SHEET_MISSING]"
    echo "$sheet：${found}页，每页均有全部表头"
done

for ((page = 1; page <= pages; page++)); do
    [[ "${TEXT[page]}" == *"第${page}页共"*"页"* ]] || fail "第${page}页缺少页码“第${page}页共…页” [FOOTER_MISSING]"
done
while read -r width height; do
    if ! awk -v w="$width" -v h="$height" 'BEGIN { exit !(w > 840 && w < 843 && h > 594 && h < 597) }'; then
        fail "页面不是A4横向（${width} x ${height} pt）[NOT_A4_LANDSCAPE]"
    fi
done < <(pdfinfo -f 1 -l "$pages" "$pdf" | sed -n 's/^Page *[0-9]* size: *\([0-9.]*\) x \([0-9.]*\).*/\1 \2/p')

if [ "$failures" -gt 0 ]; then
    echo "监管工作簿PDF核对未通过：共${failures}处问题 [PDF_CHECK_FAILED]"
    exit 1
fi
printf '监管工作簿PDF核对通过：%s页，A4横向，汇总在前，每张表一页宽、续页重复表头，转换用时%.1f秒 [OK]\n' "$pages" "$seconds"
