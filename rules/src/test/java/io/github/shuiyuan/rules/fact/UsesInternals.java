package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.rules.internal.RuleFiles;

/** A counter-example for ArchitectureTest: a class outside the facade that reaches into the engine's internals. */
public final class UsesInternals {

    private UsesInternals() {
    }

    static int bundledFiles() {
        return RuleFiles.bundled().files().size();
    }
}
