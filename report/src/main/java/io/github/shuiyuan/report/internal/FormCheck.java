package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.ReadLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Checks one filled-in form from its bytes: opens it guardedly ({@link SpreadsheetOpener}), reads its
 * first sheet ({@link FormReader}) and returns what it says with every error. The content is only
 * trusted when there are no errors.
 */
public final class FormCheck {

    private FormCheck() {
    }

    /** The outcome of a check: the form as read (empty when refused or unreadable) and every error. */
    public record Outcome(Optional<FilledForm> form, List<FormError> errors) {

        public Outcome {
            errors = List.copyOf(errors);
        }

        /** Whether the form passed every check. */
        public boolean passed() {
            return errors.isEmpty() && form.isPresent();
        }
    }

    /**
     * Checks the form in the file at {@code path}; a file larger than the limit is refused unread.
     *
     * @throws IOException when the file cannot be read at all
     */
    public static Outcome check(Path path, CaseFile master, ReadLimits limits) throws IOException {
        try {
            return check(new SpreadsheetOpener(limits).read(path), master, limits);
        } catch (RefusedFile refused) {
            return refused(refused);
        }
    }

    /** Checks the form in {@code bytes} against {@code master}. */
    public static Outcome check(byte[] bytes, CaseFile master, ReadLimits limits) {
        SpreadsheetOpener opener = new SpreadsheetOpener(limits);
        try (Workbook workbook = opener.open(bytes)) {
            List<FormError> errors = new ArrayList<>();
            if (workbook.getNumberOfSheets() == 0) {
                errors.add(FormError.of(null, FormErrorCode.HEADER_NOT_FOUND, "统计表工作表", "没有工作表",
                        "文件中没有工作表，无法核对。"));
                return new Outcome(Optional.empty(), errors);
            }
            Optional<FilledForm> form = new FormReader(workbook.getSheetAt(0), master, errors).read();
            return new Outcome(form, errors);
        } catch (RefusedFile refused) {
            return refused(refused);
        } catch (UnreadableCell unreadable) {
            return new Outcome(Optional.empty(), List.of(unreadable.error()));
        } catch (IOException | RuntimeException e) {
            return new Outcome(Optional.empty(), List.of(FormError.of(null, FormErrorCode.NOT_A_SPREADSHEET,
                    "xlsx或xls文件", "无法读取", "表格内容无法读取（" + e.getClass().getSimpleName() + "），请使用EXCEL格式制表。")));
        }
    }

    /** The outcome for a file refused before it was opened. */
    public static Outcome refused(RefusedFile refused) {
        return new Outcome(Optional.empty(), List.of(refused.error()));
    }
}
