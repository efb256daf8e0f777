package io.github.shuiyuan.report;

import io.github.shuiyuan.core.Campaign;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.report.internal.ChineseDates;
import io.github.shuiyuan.report.internal.DisclosureBuilder;
import io.github.shuiyuan.report.internal.DisclosureHtml;
import io.github.shuiyuan.report.internal.DisclosureXlsx;
import io.github.shuiyuan.report.internal.RecordDates;
import io.github.shuiyuan.rules.Assessment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The monthly public disclosure (信息公开, 崇川政办发〔2018〕40号 工作要求（三）): who publishes it and when, how to
 * reach them, per source its zones' approval, its problems by progress class with 整治完成率, its close-outs
 * split into 合规 and 违规, the month's water quality in a sentence, the jurisdiction's figures with 销号合规率 and
 * 月报报送率, and the problem list in the ledger's public columns; as JSON, a self-contained HTML page, or .xlsx,
 * all three with the same figures. It carries no personal data.
 *
 * <p>Every figure is as of one date D, the earlier of the publishing date and the period's last day; the library
 * never reads the clock, so a page without a publishing date is a draft.
 *
 * <pre>{@code
 * YearMonth period = YearMonth.of(2018, 11);
 * LocalDate publishedOn = LocalDate.of(2018, 11, 28);
 * Assessment a = engine.assess(caseFile, PublicDisclosure.asOf(period, publishedOn));
 * DisclosurePage page = PublicDisclosure.build(caseFile, a, period, publishedOn);
 * PublicDisclosure.write(page, PublicDisclosure.Format.HTML, out);
 * }</pre>
 *
 * <p>Static methods, no shared state: thread-safe.
 */
public final class PublicDisclosure {

    /** The output formats. */
    public enum Format {
        JSON,
        HTML,
        XLSX;

        /** The format a file name asks for: {@code .json}, {@code .html}/{@code .htm} or {@code .xlsx}. */
        public static Format forFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                return JSON;
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            throw new IllegalArgumentException("输出文件须为.json、.html或.xlsx：" + file + " (unknown output format)");
        }
    }

    private PublicDisclosure() {
    }

    /**
     * The date D a disclosure of {@code period} is as of: the earlier of {@code publishedOn} and the period's last
     * day; the period's last day for a draft ({@code publishedOn} null).
     *
     * @throws DisclosureRefusedException when {@code publishedOn} is before the period's first day
     */
    public static LocalDate asOf(YearMonth period, @Nullable LocalDate publishedOn) throws DisclosureRefusedException {
        LocalDate end = period.atEndOfMonth();
        if (publishedOn == null) {
            return end;
        }
        if (publishedOn.isBefore(period.atDay(1))) {
            throw new DisclosureRefusedException(DisclosureRefusedException.Code.PUBLISHED_BEFORE_PERIOD,
                    "发布日期" + ChineseDates.format(publishedOn) + "早于公开月份" + period + "的第一天");
        }
        return publishedOn.isBefore(end) ? publishedOn : end;
    }

    /**
     * The disclosure of {@code period} from an assessment as of {@link #asOf(YearMonth, LocalDate) D}.
     *
     * @param publishedOn the publishing date; null for a draft (the page says 草稿，未发布)
     * @throws DisclosureRefusedException when the publishing date is before the period, the period is before the
     *                                    campaign's first disclosure period, or it begins after the case file's
     *                                    latest dated record
     * @throws IllegalArgumentException   when the assessment is not as of D
     */
    public static DisclosurePage build(CaseFile caseFile, Assessment assessment, YearMonth period,
                                       @Nullable LocalDate publishedOn)
            throws DisclosureRefusedException {
        LocalDate asOf = asOf(period, publishedOn);
        if (!assessment.asOf().equals(asOf)) {
            throw new IllegalArgumentException("the disclosure of " + period + " needs an assessment as of " + asOf
                    + ", not " + assessment.asOf());
        }
        checkPeriod(caseFile, period);
        return DisclosureBuilder.build(caseFile, assessment, period, publishedOn);
    }

    private static void checkPeriod(CaseFile caseFile, YearMonth period) throws DisclosureRefusedException {
        Campaign campaign = caseFile.campaign();
        YearMonth first = campaign == null ? null : campaign.effectiveDisclosureFromPeriod();
        if (first != null && period.isBefore(first)) {
            throw new DisclosureRefusedException(DisclosureRefusedException.Code.BEFORE_FIRST_DISCLOSURE,
                    "公开月份" + period + "早于专项行动的首个公开月份" + first);
        }
        Optional<LocalDate> latest = RecordDates.latest(caseFile);
        if (latest.isEmpty() || period.atDay(1).isAfter(latest.get())) {
            throw new DisclosureRefusedException(DisclosureRefusedException.Code.AFTER_LATEST_RECORD,
                    "公开月份" + period + "晚于案卷最后一条有日期的记录（"
                            + latest.map(ChineseDates::format).orElse("案卷中没有带日期的记录") + "）");
        }
    }

    /** Writes the page in {@code format} to {@code out} (left open). */
    public static void write(DisclosurePage page, Format format, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> {
                out.write(JsonMappers.newMapper().writeValueAsBytes(page));
                out.write('\n');
            }
            case HTML -> DisclosureHtml.write(page, out);
            case XLSX -> DisclosureXlsx.write(page, out);
        }
    }
}
