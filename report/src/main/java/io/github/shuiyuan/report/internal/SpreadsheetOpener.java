package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.io.InputFile;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an untrusted spreadsheet, or refuses it with one clear {@link FormError}: too large, not a
 * spreadsheet, encrypted, a zip bomb, too many rows. The file is read whole into memory first (it is
 * bounded by {@link ReadLimits#maxFileBytes()}) so that nothing is opened half-way.
 */
public final class SpreadsheetOpener {

    private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetOpener.class);
    private static final String EXPECTED = "xlsx或xls文件";

    private final ReadLimits limits;

    public SpreadsheetOpener(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads the file at {@code path}, refusing it unread when it is larger than the limit.
     *
     * @throws io.github.shuiyuan.core.io.FileRefusedException when it is not a regular file (a FIFO, a device)
     */
    public byte[] read(Path path) throws IOException, RefusedFile {
        long size = InputFile.regular(path).size();
        if (size > limits.maxFileBytes()) {
            throw tooLarge(size);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    /** Reads a stream up to one byte past the limit, refusing it when it is larger. */
    public byte[] read(InputStream in) throws IOException, RefusedFile {
        long cap = Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes((int) cap);
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(bytes.length);
        }
        return bytes;
    }

    /** Opens the workbook in {@code bytes}; the caller closes it. */
    public Workbook open(byte[] bytes) throws RefusedFile {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw notSpreadsheet("无法识别的文件");
        }
        Workbook workbook = switch (magic) {
            case OOXML -> openXlsx(bytes);
            case OLE2 -> openXls(bytes);
            default -> throw notSpreadsheet(bytes.length == 0 ? "空文件" : "文件类型为" + magic);
        };
        int rows = workbook.getNumberOfSheets() == 0 ? 0 : workbook.getSheetAt(0).getLastRowNum() + 1;
        if (rows > limits.maxRows()) {
            closeQuietly(workbook);
            throw new RefusedFile(FormError.of(null, FormErrorCode.TOO_MANY_ROWS, "不超过" + limits.maxRows() + "行",
                    rows + "行", "表格有" + rows + "行，超过上限" + limits.maxRows() + "行，已拒收。"));
        }
        return workbook;
    }

    private Workbook openXlsx(byte[] bytes) throws RefusedFile {
        new ZipScan(limits).scan(bytes);
        try {
            return new XSSFWorkbook(OPCPackage.open(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    private Workbook openXls(byte[] bytes) throws RefusedFile {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
                    || fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
                throw encrypted();
            }
            if (fs.getRoot().hasEntryCaseInsensitive("_VBA_PROJECT_CUR") || fs.getRoot().hasEntryCaseInsensitive("Macros")) {
                throw PartScan.macros("VBA工程（_VBA_PROJECT_CUR）");
            }
            return new HSSFWorkbook(fs.getRoot(), false);
        } catch (RefusedFile e) {
            throw e;
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    private static RefusedFile refusal(Throwable e) {
        LOG.debug("spreadsheet refused", e);
        if (e instanceof EncryptedDocumentException) {
            return encrypted();
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("zip bomb")) {
            return new RefusedFile(FormError.of(null, FormErrorCode.ZIP_BOMB, "正常的Excel表格", "压缩比异常",
                    "文件疑似压缩炸弹，已拒收。"));
        }
        if (e instanceof OldExcelFormatException) {
            return notSpreadsheet("Excel 95或更早的格式");
        }
        return notSpreadsheet("无法读取的表格（" + e.getClass().getSimpleName() + "）");
    }

    private static RefusedFile encrypted() {
        return new RefusedFile(FormError.of(null, FormErrorCode.ENCRYPTED, "未加密的表格", "已加密",
                "文件已加密或设置了打开密码，无法核对，请取消密码后重新报送。"));
    }

    private static RefusedFile notSpreadsheet(String found) {
        return new RefusedFile(FormError.of(null, FormErrorCode.NOT_A_SPREADSHEET, EXPECTED, found,
                "文件不是可读取的Excel表格（" + found + "），请使用EXCEL格式制表。"));
    }

    private RefusedFile tooLarge(long size) {
        return new RefusedFile(FormError.of(null, FormErrorCode.TOO_LARGE, "不超过" + limits.maxFileBytes() + "字节",
                size + "字节", "文件大小" + size + "字节，超过上限" + limits.maxFileBytes() + "字节，已拒收。"));
    }

    private static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            LOG.debug("closing a refused workbook failed", e);
        }
    }
}
