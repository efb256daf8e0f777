package io.github.shuiyuan.rules;

import java.util.Objects;

/**
 * One file of a loaded rule set: its name, where it was read from (a path inside the jar for a bundled file, the
 * overlay file's path otherwise), and whether it is bundled, replaces a bundled file of the same name, or adds to
 * them. {@code rules check} and {@link ComplianceEngine#ruleFiles()} list them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param replaces the bundled file this one replaces (its path inside the jar), or null
 */
public record LoadedRuleFile(String name, String origin, Source source, String replaces) {

    /** Where a loaded file comes from. */
    public enum Source {
        /** Bundled in the jar, not overlaid. */
        BUNDLED("内置"),
        /** From the overlay folder, in place of the bundled file of the same name. */
        REPLACED("替换内置"),
        /** From the overlay folder, in addition to the bundled files. */
        ADDED("新增");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** The Chinese word for it: 内置, 替换内置, 新增. */
        public String label() {
            return label;
        }
    }

    public LoadedRuleFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(source, "source");
        if ((source == Source.REPLACED) != (replaces != null)) {
            throw new IllegalArgumentException("replaces is given exactly when source is REPLACED");
        }
    }

    /** One line for a person: {@code thresholds.properties  替换内置 thresholds.properties  (/etc/rules/thresholds.properties)}. */
    public String describe() {
        return name + "：" + source.label() + (replaces == null ? "" : " " + replaces) + (source == Source.BUNDLED ? "" : "（" + origin + "）");
    }
}
