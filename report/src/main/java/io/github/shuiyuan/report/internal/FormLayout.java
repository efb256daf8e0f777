package io.github.shuiyuan.report.internal;

/**
 * Where the parts of a filled-in form are (zero-based rows): the header row, the data rows
 * {@code headerRow + 1 … dataEnd - 1}, and the 填表人 row ({@code -1} when there is none).
 */
record FormLayout(int headerRow, int dataEnd, int signatureRow) {

    /** The row with the unit and date: the one right above the header. */
    int metaRow() {
        return headerRow - 1;
    }
}
