package io.github.shuiyuan.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of consolidating sub-district forms into one district workbook: the forms taken, with totals
 * from their checked facts, and the forms refused, each with why.
 *
 * <p>Immutable and thread-safe.
 */
public record Consolidation(List<Accepted> accepted, List<Refused> refused) {

    public Consolidation {
        accepted = List.copyOf(accepted);
        refused = List.copyOf(refused);
    }

    /**
     * A form taken into the workbook: its file, unit, 填报时间, the date D its rows were compared at, the totals
     * of its rows as the case file bears them out on D (which the form, having passed, states), and its warnings.
     */
    public record Accepted(String file, String unitName, @Nullable LocalDate filledOn, LocalDate comparedOn, Totals totals,
                           List<FormError> warnings) {

        public Accepted {
            Objects.requireNonNull(totals, "totals");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Counts of a form's rows (the unit's problems rectified on or before D).
     *
     * @param rows              问题数
     * @param done              是否完成整治 是
     * @param notDone           是否完成整治 否
     * @param lookBackFailed    of those, the latest look-back found it 反弹 or 未整改到位
     * @param closed            已销号
     * @param irregularlyClosed of those, closed without meeting the close-out conditions (违规销号)
     * @param closable          可销号: rectified and eligible, not yet closed
     * @param notEligible       尚不具备销号条件
     */
    public record Totals(int rows, int done, int notDone, int lookBackFailed, int closed, int irregularlyClosed,
                         int closable, int notEligible) {

        /** These totals and {@code other} added up. */
        public Totals plus(Totals other) {
            return new Totals(rows + other.rows, done + other.done, notDone + other.notDone,
                    lookBackFailed + other.lookBackFailed, closed + other.closed,
                    irregularlyClosed + other.irregularlyClosed, closable + other.closable, notEligible + other.notEligible);
        }
    }

    /** A form left out, with every error that refused it (and any warnings). */
    public record Refused(String file, List<FormError> errors) {

        public Refused {
            errors = List.copyOf(errors);
        }
    }

    /** Whether every form was taken. */
    public boolean allAccepted() {
        return refused.isEmpty();
    }

    /** The totals over every form taken. */
    public Totals totals() {
        return accepted.stream().map(Accepted::totals).reduce(new Totals(0, 0, 0, 0, 0, 0, 0, 0), Totals::plus);
    }
}
