package io.github.shuiyuan.rules;

/**
 * Which rules produced an assessment: the rule set's name and version and a SHA-256 over every rule
 * file and configuration file actually loaded (in name order), so a changed overlay shows.
 *
 * <p>Immutable and thread-safe.
 */
public record RulesetInfo(String name, String version, String sha256) {
}
