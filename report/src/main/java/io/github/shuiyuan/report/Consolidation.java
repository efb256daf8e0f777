package io.github.shuiyuan.report;

import java.util.List;

/**
 * The outcome of consolidating sub-district forms into one district workbook: the forms taken (with their
 * counts) and the forms refused, each with why.
 *
 * <p>Immutable and thread-safe.
 */
public record Consolidation(List<Accepted> accepted, List<Refused> refused) {

    public Consolidation {
        accepted = List.copyOf(accepted);
        refused = List.copyOf(refused);
    }

    /** A form taken into the workbook: its file, unit, number of rows, rows marked 是 and 否. */
    public record Accepted(String file, String unitName, int rows, int done, int notDone) {
    }

    /** A form left out, with every error that refused it. */
    public record Refused(String file, List<FormError> errors) {

        public Refused {
            errors = List.copyOf(errors);
        }
    }

    /** Whether every form was taken. */
    public boolean allAccepted() {
        return refused.isEmpty();
    }
}
