package io.github.shuiyuan.report;

/**
 * How much a form read may take before the file is refused, so that a hostile or broken file cannot
 * exhaust memory: the file size, the rows of the sheet, and for .xlsx (a zip) the number of entries, the
 * uncompressed size of one entry and of all, and the least compressed-to-uncompressed ratio.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxFileBytes    largest file accepted
 * @param maxRows         most rows on the sheet
 * @param maxEntries      most zip entries
 * @param maxEntryBytes   largest uncompressed zip entry
 * @param maxTotalBytes   largest uncompressed total
 * @param minInflateRatio least compressed/uncompressed ratio of an entry past its first megabyte
 */
public record ReadLimits(long maxFileBytes, int maxRows, int maxEntries, long maxEntryBytes, long maxTotalBytes,
                         double minInflateRatio) {

    private static final long MB = 1024L * 1024;

    /** 20 MB files, 10,000 rows, 1,000 entries, 50 MB per entry, 200 MB in all, ratio 1:100. */
    public static final ReadLimits DEFAULT = new ReadLimits(20 * MB, 10_000, 1_000, 50 * MB, 200 * MB, 0.01);

    public ReadLimits {
        if (maxFileBytes <= 0 || maxRows <= 0 || maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0
                || minInflateRatio < 0 || minInflateRatio >= 1) {
            throw new IllegalArgumentException("read limits must be positive and the ratio below 1");
        }
    }

    /** These limits with another largest file size. */
    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxRows, maxEntries, maxEntryBytes, maxTotalBytes, minInflateRatio);
    }

    /** These limits with another largest row count. */
    public ReadLimits withMaxRows(int rows) {
        return new ReadLimits(maxFileBytes, rows, maxEntries, maxEntryBytes, maxTotalBytes, minInflateRatio);
    }
}
