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
    private long total;

    ZipScan(ReadLimits limits) {
        this.limits = limits;
    }

    void scan(byte[] zip) throws RefusedFile {
        PartScan parts = new PartScan(limits);
        int entries = 0;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw bomb("文件包含" + entries + "个以上的压缩条目，超过上限" + limits.maxEntries() + "个");
                }
                String name = entry.getName();
                refuseActiveContent(name);
                Entry counted = new Entry(in, name);
                try {
                    if (PartScan.reads(name)) {
                        parts.scan(name, counted);
                    }
                    counted.drain();
                } catch (RefusedFile e) {
                    if (counted.broken != null) {
                        throw counted.broken; // a truncated or corrupt zip, not a faulty part
                    }
                    throw counted.exceeded != null ? counted.exceeded : e;
                } catch (IOException e) {
                    if (counted.exceeded != null) {
                        throw counted.exceeded;
                    }
                    throw e;
                }
            }
            parts.finish();
        } catch (IOException | RuntimeException e) {
            throw new RefusedFile(FormError.of(null, FormErrorCode.NOT_A_SPREADSHEET, "xlsx或xls文件", "损坏的压缩包",
                    "文件不是完整的Excel表格（压缩包已损坏：" + e.getMessage() + "），请使用EXCEL格式制表。"));
        }
        if (entries == 0) {
            throw new RefusedFile(FormError.of(null, FormErrorCode.NOT_A_SPREADSHEET, "xlsx或xls文件", "空压缩包",
                    "文件不是Excel表格（压缩包内没有内容），请使用EXCEL格式制表。"));
        }
    }

    /** Macros and embedded objects have no place in a form: refused by the name of their part. */
    private static void refuseActiveContent(String name) throws RefusedFile {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
            throw PartScan.macros(name);
        }
        if (lower.startsWith("xl/embeddings/") || lower.startsWith("xl/activex/")) {
            throw new RefusedFile(FormError.of(null, FormErrorCode.EMBEDDED_OBJECT, "不含嵌入对象的表格", name,
                    "文件含有嵌入对象（" + name + "），统计表不应含有，为安全起见不予核对，请删除后重新报送。"));
        }
    }

    /** One entry's bytes as they inflate, counted against the limits; total across entries kept by the scan. */
    private final class Entry extends java.io.InputStream {

        private final ZipArchiveInputStream in;
        private final String name;
        private long size;
        /** The bound passed, kept because the XML reader may wrap the failure that stopped it. */
        private RefusedFile exceeded;
        /** The zip itself failed (truncated, corrupt): the file is no spreadsheet, whatever the part's reader says. */
        private IOException broken;

        Entry(ZipArchiveInputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = in.read(buffer, offset, length);
            } catch (IOException e) {
                broken = e;
                throw e;
            }
            if (n > 0) {
                size += n;
                total += n;
                try {
                    check(name, size, in.getCompressedCount(), total);
                } catch (RefusedFile e) {
                    exceeded = e;
                    throw new IOException(e.getMessage());
                }
            }
            return n;
        }

        void drain() throws IOException {
            byte[] buffer = new byte[64 * 1024];
            while (read(buffer, 0, buffer.length) > 0) {
                // counted by read
            }
        }

        @Override
        public void close() {
            // the zip stream stays open for the next entry
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
