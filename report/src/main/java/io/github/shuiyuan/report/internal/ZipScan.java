package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Inflates every entry of an .xlsx (a zip) into nothing before POI sees it, counting, and refuses the file
 * as soon as it passes a {@link ReadLimits} bound: too many entries, an entry or the total too large, or an
 * entry that inflates far more than spreadsheets do (a zip bomb). Unlike POI's own
 * {@code ZipSecureFile} settings this touches no global state, so concurrent reads cannot disturb each other.
 */
final class ZipScan {

    /** Bytes an entry may inflate to before its ratio is judged, as POI does. */
    private static final long GRACE_BYTES = 1024 * 1024;

    private final ReadLimits limits;

    ZipScan(ReadLimits limits) {
        this.limits = limits;
    }

    void scan(byte[] zip) throws RefusedFile {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw bomb("文件包含" + entries + "个以上的压缩条目，超过上限" + limits.maxEntries() + "个");
                }
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    check(entry.getName(), size, in.getCompressedCount(), total);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new RefusedFile(FormError.of(null, FormErrorCode.NOT_A_SPREADSHEET, "xlsx或xls文件", "损坏的压缩包",
                    "文件不是完整的Excel表格（压缩包已损坏：" + e.getMessage() + "），请使用EXCEL格式制表。"));
        }
        if (entries == 0) {
            throw new RefusedFile(FormError.of(null, FormErrorCode.NOT_A_SPREADSHEET, "xlsx或xls文件", "空压缩包",
                    "文件不是Excel表格（压缩包内没有内容），请使用EXCEL格式制表。"));
        }
    }

    private void check(String name, long size, long compressed, long total) throws RefusedFile {
        if (size > limits.maxEntryBytes()) {
            throw bomb("压缩条目“" + name + "”解压后超过" + limits.maxEntryBytes() + "字节的上限");
        }
        if (total > limits.maxTotalBytes()) {
            throw bomb("文件解压后总大小超过" + limits.maxTotalBytes() + "字节的上限");
        }
        if (size > GRACE_BYTES && (double) compressed / size < limits.minInflateRatio()) {
            throw bomb("压缩条目“" + name + "”的压缩比异常（" + compressed + "字节解压为" + size + "字节以上）");
        }
    }

    private static RefusedFile bomb(String detail) {
        return new RefusedFile(FormError.of(null, FormErrorCode.ZIP_BOMB, "正常的Excel表格", detail,
                "文件疑似压缩炸弹，已拒收：" + detail + "。"));
    }
}
