package io.github.shuiyuan.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The monthly public disclosure (信息公开) of a jurisdiction's drinking-water sources, every figure as of one
 * date: the period, that date, the publishing date (absent for a draft), who publishes and how to reach them,
 * the jurisdiction's figures, one entry per source and the problem list.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period      the month disclosed
 * @param asOf        统计截至: the earlier of the publishing date and the period's last day
 * @param publishedOn 发布日期; null for a draft (草稿，未发布)
 * @param jurisdiction the jurisdiction's name
 * @param title       the page's title
 * @param publisher   the campaign's report recipient unit, and its public phone
 * @param total       the jurisdiction's figures
 * @param sources     one entry per source in use or on standby (or with problems)
 * @param problems    every problem identified on or before {@code asOf}, by source then serial number
 */
public record DisclosurePage(YearMonth period, LocalDate asOf, @Nullable LocalDate publishedOn, String jurisdiction,
                             String title, Publisher publisher, Totals total, List<SourceDisclosure> sources,
                             List<DisclosedProblem> problems) {

    public DisclosurePage {
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    /** Whether the page is a draft: no publishing date was given. */
    public boolean draft() {
        return publishedOn == null;
    }

    /**
     * Who publishes the disclosure.
     *
     * @param name        the unit's name; empty when the case file names none
     * @param publicPhone its office number for public supervision; null when none is recorded
     */
    public record Publisher(String name, @Nullable String publicPhone) {
    }

    /**
     * The jurisdiction's figures: every source's, summed, and the two that only make sense for all of it.
     *
     * @param progress           problems by progress class
     * @param completion         整治完成率
     * @param closeOuts          已销号, split into 合规 and 违规
     * @param closeOutCompliance 销号合规率: 合规销号 ÷ 已销号
     * @param reportRate         月报报送率: of the sub-districts that owed the period's report by the date, those
     *                           whose report arrived by its due day
     */
    public record Totals(ProgressCounts progress, Ratio completion, CloseOutCounts closeOuts, Ratio closeOutCompliance,
                         Ratio reportRate) {
    }
}
