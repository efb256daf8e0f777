package io.github.shuiyuan.report;

import io.github.shuiyuan.core.quality.Grade;
import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the monthly disclosure says about one source: what it is, whether its zones are approved, its
 * problems by status and the share rectified, the month's water quality, and how complete the month's
 * reporting is. Holds no personal data: no names of people, no phone numbers, no links to evidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name            the source's name
 * @param kind            river, lake/reservoir or groundwater
 * @param status          in use or standby
 * @param responsibleUnit the responsible sub-district (an organisation)
 * @param zones           the approval of each protection zone
 * @param problems        the source's problems by status as of the period's last day
 * @param progressPercent rectified or closed as a share of all, in percent (absent without problems)
 * @param quality         the water quality of the period's samples
 * @param completeness    the share of relevant sub-districts that reported, and of closed problems with photos
 */
public record SourceDisclosure(String name, SourceKind kind, SourceStatus status, String responsibleUnit,
                               List<ZoneApproval> zones, ProblemCounts problems, BigDecimal progressPercent,
                               Quality quality, Completeness completeness) {

    public SourceDisclosure {
        zones = List.copyOf(zones);
    }

    /** A zone's approval (划定): approved when it has an approval document dated on or before the period's end. */
    public record ZoneApproval(ZoneLevel level, boolean approved, String approvalDocument, LocalDate approvedOn) {
    }

    /** Problems by status as of the period's last day. */
    public record ProblemCounts(int total, int open, int rectifying, int rectified, int closed) {
    }

    /**
     * The water quality of the period: the number of samples, the worst class among them, and whether all
     * graded samples met the drinking-water requirement and their target (absent when none was graded).
     */
    public record Quality(int samples, Grade grade, Boolean compliant, Boolean targetMet) {
    }

    /**
     * How complete the period's record is: of the sub-districts responsible for the source or its problems,
     * how many reported for the period; of its closed problems, how many have photos before and after.
     */
    public record Completeness(int subDistricts, int reported, BigDecimal reportedPercent,
                               int closedProblems, int closedWithPhotos, BigDecimal evidencePercent) {
    }
}
