package io.github.shuiyuan.report.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The province-level divisions of GB/T 2260 ({@code provinces.csv}): the first two digits of an administrative
 * code name the province, written in full ({@code 江苏省}) or short ({@code 江苏}) — the ledger's 省份.
 */
public final class Provinces {

    private static final Map<String, String[]> TABLE = table();

    private Provinces() {
    }

    /** The province named by the first two digits of an administrative code: 32 → 江苏省. */
    public static Optional<String> of(String jurisdictionCode) {
        return entry(jurisdictionCode).map(e -> e[0]);
    }

    /** Whether {@code written} names the province of the code, in full (江苏省) or short (江苏). */
    public static boolean isProvinceOf(String jurisdictionCode, String written) {
        return entry(jurisdictionCode).map(e -> e[0].equals(written) || e[1].equals(written)).orElse(false);
    }

    private static Optional<String[]> entry(String code) {
        return code == null || code.length() < 2 ? Optional.empty() : Optional.ofNullable(TABLE.get(code.substring(0, 2)));
    }

    private static Map<String, String[]> table() {
        Map<String, String[]> table = new HashMap<>();
        for (String[] row : ResourceTable.rows(Provinces.class, "provinces.csv")) {
            table.put(row[0], new String[] {row[1], row[2]});
        }
        return Map.copyOf(table);
    }
}
