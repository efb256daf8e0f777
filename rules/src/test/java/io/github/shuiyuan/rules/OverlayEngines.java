package io.github.shuiyuan.rules;

import java.io.IOException;
import java.nio.file.Path;

/** Engines with an overlay, for tests: a rule folder that must compile. */
final class OverlayEngines {

    private OverlayEngines() {
    }

    /** An engine with the bundled rules and {@code overlay} laid over them (null for none). */
    static ComplianceEngine build(Path overlay) {
        try {
            return ComplianceEngine.builder().rules(overlay).build();
        } catch (RuleCompilationException | IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
