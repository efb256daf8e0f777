package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.rules.ProblemView;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How the problem ledger's published columns (附表1) write a problem, once for every document that prints them:
 * the ledger export and the public disclosure. Free-text columns are the case file's texts passed through
 * {@link PersonalData}; these are the columns whose wording is the ledger's own.
 */
public final class LedgerColumns {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LedgerColumns() {
    }

    /** 水源地类别（地级/县级）: {@code 地级}, {@code 县级} or {@code 乡镇级}; empty when unknown. */
    public static String sourceClass(AdminLevel level) {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case PREFECTURE -> "地级";
            case COUNTY -> "县级";
            case TOWNSHIP -> "乡镇级";
        };
    }

    /** 保护区类型（一级、二级）: {@code 一级}, {@code 二级} or {@code 准保护区}; empty when unknown. */
    public static String zoneType(ZoneLevel level) {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case FIRST -> "一级";
            case SECOND -> "二级";
            case QUASI -> "准保护区";
        };
    }

    /** 问题类型: the category's label, e.g. {@code 排污口}. */
    public static String problemType(ProblemCategory category) {
        return category == null ? "" : category.label();
    }

    /** 计划完成整治时间 as the ledger export writes it: the original deadline, {@code 2018年6月30日}; empty when none. */
    public static String plannedDate(ProblemView view) {
        return ChineseDates.format(view.deadline());
    }

    /**
     * The ledger's 备注 phrase for an extension in force on D: {@code 已延期至2018年9月30日}; empty when the deadline
     * in force is the original one.
     */
    public static String extensionRemark(ProblemView view) {
        return extended(view) ? "已延期至" + ChineseDates.format(view.effectiveDeadline()) : "";
    }

    /**
     * 计划完成整治时间 as the disclosure writes it: the deadline in force on D (whether or not it has passed), with
     * {@code （已延期，原定2018年6月30日）} when an extension changed it; empty when none is known.
     */
    public static String deadlineInForce(ProblemView view) {
        String inForce = ChineseDates.format(view.effectiveDeadline());
        if (!extended(view)) {
            return inForce;
        }
        return view.deadline() == null ? inForce + "（已延期）"
                : inForce + "（已延期，原定" + ChineseDates.format(view.deadline()) + "）";
    }

    /** 是否完成整治: {@code 是} for a problem done as of D (a relapse is not done), else {@code 否}. */
    public static String done(ProblemView view) {
        return view.done() ? "是" : "否";
    }

    /**
     * 整治进度（%）: 100 for a problem done as of D; for one not done the recorded figure, or null when none is
     * recorded or it is 100 (a relapse).
     */
    public static BigDecimal progressPercent(ProblemView view, BigDecimal recorded) {
        if (view.done()) {
            return HUNDRED;
        }
        return recorded == null || recorded.compareTo(HUNDRED) >= 0 ? null : recorded;
    }

    private static boolean extended(ProblemView view) {
        LocalDate inForce = view.effectiveDeadline();
        return inForce != null && !inForce.equals(view.deadline());
    }
}
