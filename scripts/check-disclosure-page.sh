#!/usr/bin/env bash
# Proves in a real browser that the public disclosure page reads on a phone and on a desk: writes the demo's
# disclosure (the bundled sample's November page) with the shaded jar, loads it in headless Chromium at 390 px
# and at 1280 px, fails when the page scrolls sideways (the document's scrollWidth is larger than its
# clientWidth), and keeps a screenshot of each width under target/disclosure-page/.
#
# Headless Chromium clamps its window to at least 500 px, so each width is measured inside an iframe of exactly
# that width: a small wrapper page (the only page with a script; the disclosure itself has none) measures the
# framed document and writes the numbers into its own DOM, which --dump-dom prints.
#
# Needs: java 17, examples/target/shuiyuan.jar (mvn -B package -DskipTests), chromium
# (apt-get install -y --no-install-recommends chromium fonts-wqy-zenhei).
# Exit codes: 0 every check passed, 1 a check failed, 2 a tool or the jar is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$ROOT/examples/target/shuiyuan.jar}
OUT=$ROOT/target/disclosure-page
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}

command -v java >/dev/null || { echo "缺少工具 [TOOL_MISSING]: java" >&2; exit 2; }
[ -n "$CHROMIUM" ] || { echo "缺少工具 [TOOL_MISSING]: chromium" >&2; exit 2; }
[ -f "$JAR" ] || { echo "缺少 $JAR [JAR_MISSING]：请先运行 mvn -B package -DskipTests" >&2; exit 2; }

rm -rf "$OUT"
mkdir -p "$OUT"
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT

java -jar "$JAR" demo --out "$OUT/demo" >/dev/null
PAGE=$(find "$OUT/demo" -name '信息公开-*.html' | head -n 1)
[ -n "$PAGE" ] || { echo "演示未写出信息公开页面 [PAGE_MISSING]" >&2; exit 1; }
cp "$PAGE" "$OUT/disclosure.html"

browser() {
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$PROFILE" --allow-file-access-from-files --hide-scrollbars "$@" 2>/dev/null
}

# A wrapper page holding the disclosure in an iframe WIDTH px wide and tall enough for all of it; once the frame
# has loaded, it writes the frame's scrollWidth and clientWidth into <pre id="result">.
wrapper() {
    local width=$1
    cat > "$OUT/frame-$width.html" <<HTML
<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>body{margin:0}iframe{border:0;display:block}</style></head>
<body><iframe id="page" src="disclosure.html" width="$width" height="20000"></iframe><pre id="result">pending</pre>
<script>
document.getElementById('page').addEventListener('load', function () {
  var d = this.contentDocument.documentElement;
  document.getElementById('result').textContent = 'scrollWidth=' + d.scrollWidth + ' clientWidth=' + d.clientWidth;
});
</script></body></html>
HTML
}

FAILED=0
for width in 390 1280; do
    wrapper "$width"
    dom=$(browser --virtual-time-budget=10000 --dump-dom "file://$OUT/frame-$width.html")
    result=$(printf '%s' "$dom" | grep -o 'scrollWidth=[0-9]* clientWidth=[0-9]*' || true)
    if [ -z "$result" ]; then
        echo "✗ ${width}px：无法在浏览器中测量页面 [NOT_MEASURED]" >&2
        FAILED=1
        continue
    fi
    scroll=${result#scrollWidth=}; scroll=${scroll%% *}
    client=${result##*clientWidth=}
    window=$(( width < 500 ? 500 : width ))
    browser --window-size="$window,2400" --screenshot="$OUT/disclosure-$width.png" "file://$OUT/frame-$width.html" >/dev/null
    if [ "$client" -ne "$width" ]; then
        echo "✗ ${width}px：页面宽度为${client}px，不是${width}px [WRONG_WIDTH]" >&2
        FAILED=1
    elif [ "$scroll" -gt "$client" ]; then
        echo "✗ ${width}px：页面需要横向滚动（scrollWidth ${scroll} > clientWidth ${client}）[SIDEWAYS_SCROLL]" >&2
        FAILED=1
    else
        echo "✓ ${width}px：无横向滚动（scrollWidth ${scroll}，clientWidth ${client}），截图 $OUT/disclosure-$width.png"
    fi
done
exit $FAILED
