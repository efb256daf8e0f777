package io.github.shuiyuan.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.core.io.InputFile;
import io.github.shuiyuan.core.io.OutputFile;
import io.github.shuiyuan.core.validation.CaseFileValidator;
import io.github.shuiyuan.core.validation.ErrorCode;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.core.validation.ValidationError;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads, validates and writes case files. The one configured Jackson setup of the library:
 * {@code java.time} values in ISO form, measured values as exact decimals, enums by name or Chinese
 * label, unknown fields refused (or ignored, for a {@link #lenient()} reader), absent values left out.
 *
 * <p>Reading never throws for bad content: it throws {@link InvalidCaseFileException} with every
 * error found, each with its JSON path (and line and column when the parser knows them).
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * CaseFile file = CaseFileJson.strict().read(Path.of("chongchuan-2018.json"));
 * }</pre>
 */
public final class CaseFileJson {

    /** Deepest nesting accepted; a case file needs about six levels. */
    public static final int MAX_NESTING_DEPTH = JsonMappers.MAX_NESTING_DEPTH;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = JsonMappers.MAX_STRING_LENGTH;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = JsonMappers.MAX_NUMBER_LENGTH;
    /** Largest document accepted, in bytes. */
    public static final long MAX_DOCUMENT_BYTES = JsonMappers.MAX_DOCUMENT_BYTES;

    private static final CaseFileJson STRICT = new CaseFileJson(false);
    private static final CaseFileJson LENIENT = new CaseFileJson(true);

    /** Parsers for reading: the streaming factory alone, since the reader binds by hand. */
    private static final JsonFactory PARSERS = JsonMappers.newReadFactory();

    private final boolean lenient;

    private CaseFileJson(boolean lenient) {
        this.lenient = lenient;
    }

    /** The object mapper for writing, made the first time a case file is written (reading never needs one). */
    private static final class Writing {
        static final ObjectMapper MAPPER = JsonMappers.newMapper();
    }

    /** A reader that refuses unknown fields, naming them: a typo must not silently drop data. */
    public static CaseFileJson strict() {
        return STRICT;
    }

    /** A reader that ignores unknown fields, for callers who send more than the contract needs. */
    public static CaseFileJson lenient() {
        return LENIENT;
    }

    /**
     * Reads and validates the case file at {@code path}. A FIFO or a device is refused unread, and a file
     * larger than {@link #MAX_DOCUMENT_BYTES} is refused by its size, before any of it is read.
     *
     * @throws io.github.shuiyuan.core.io.FileRefusedException when the file is not a regular file or too large
     */
    public CaseFile read(Path path) throws IOException, InvalidCaseFileException {
        return readValid(path).caseFile();
    }

    /** Reads and validates a case file from UTF-8 JSON text. */
    public CaseFile readString(String json) throws InvalidCaseFileException {
        try {
            return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and validates a case file from a stream of UTF-8 JSON.
     *
     * @throws IOException only when the stream itself fails; bad content is an {@link InvalidCaseFileException}
     */
    public CaseFile read(InputStream in) throws IOException, InvalidCaseFileException {
        return readValid(in).caseFile();
    }

    /**
     * Reads and validates the case file at {@code path}, and hands it back as the proof that it passed, which
     * {@code ComplianceEngine.assess} takes without validating it again. A FIFO or a device is refused unread, and a
     * file larger than {@link #MAX_DOCUMENT_BYTES} is refused by its size, before any of it is read.
     *
     * @throws io.github.shuiyuan.core.io.FileRefusedException when the file is not a regular file or too large
     */
    public ValidCaseFile readValid(Path path) throws IOException, InvalidCaseFileException {
        try (InputStream in = InputFile.open(path, MAX_DOCUMENT_BYTES)) {
            return readValid(in);
        }
    }

    /**
     * Reads and validates a case file from a stream of UTF-8 JSON, in one pass over the parser's tokens (no tree
     * of the document is built): syntax, structure and binding together, then the checks across records once, by
     * {@link CaseFileValidator}, over the records bound.
     *
     * @return the case file with the proof that it passed, which {@code ComplianceEngine.assess} takes without
     *         validating it again
     * @throws IOException only when the stream itself fails; bad content is an {@link InvalidCaseFileException}
     */
    public ValidCaseFile readValid(InputStream in) throws IOException, InvalidCaseFileException {
        CaseFileBinder binder;
        CaseFile file;
        try (JsonParser parser = createParser(in)) {
            binder = new CaseFileBinder(parser, lenient);
            file = readOne(parser, binder);
        }
        if (binder.errors().isEmpty()) {
            return CaseFileValidator.validated(file);
        }
        List<ValidationError> errors = new ArrayList<>(binder.errors());
        if (binder.repairable() && file != null) {
            addContentErrors(file, binder, errors);
        }
        throw new InvalidCaseFileException(errors);
    }

    /**
     * Reads and validates a case file from JSON text. Prefer {@link #read(InputStream)} for bytes: it detects the
     * encoding and reads UTF-8 faster.
     *
     * @throws IOException only when the reader itself fails; bad content is an {@link InvalidCaseFileException}
     */
    public CaseFile read(Reader in) throws IOException, InvalidCaseFileException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return readString(text.toString());
    }

    /** Writes a case file as indented UTF-8 JSON (enum names, ISO dates, nulls left out); {@code out} is left open. */
    public void write(CaseFile file, OutputStream out) throws IOException {
        Writing.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, file);
    }

    /** Writes a case file as indented JSON text; {@code out} is flushed and left open. */
    public void write(CaseFile file, Writer out) throws IOException {
        Writing.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, file);
        out.flush();
    }

    /**
     * Writes a case file as indented UTF-8 JSON to {@code path}, whole or not at all (through a temporary file
     * beside it, as {@link OutputFile} writes).
     *
     * @throws io.github.shuiyuan.core.io.FileRefusedException when {@code path} exists but is not a regular file
     */
    public void write(CaseFile file, Path path) throws IOException {
        OutputFile.of(path).write(out -> write(file, out));
    }

    /** The case file as indented JSON text. */
    public String writeString(CaseFile file) {
        try {
            return Writing.MAPPER.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case file could not be written", e);
        }
    }

    /** A parser over the bytes; bytes that are text in no Unicode encoding are malformed JSON, not an I/O failure. */
    private JsonParser createParser(InputStream in) throws IOException, InvalidCaseFileException {
        try {
            // the binder refuses a field named twice itself, without the parser's set of names per object
            return PARSERS.createParser(in);
        } catch (CharConversionException e) {
            throw notText(e, null);
        }
    }

    /**
     * The one JSON value of the document, bound as a case file, with the position of whatever goes wrong: a syntax
     * error, a size limit or content after the value is reported alone, whatever structure errors came before it.
     */
    private CaseFile readOne(JsonParser parser, CaseFileBinder binder) throws IOException, InvalidCaseFileException {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw syntaxError(ErrorCode.MALFORMED_JSON, "文件为空，不含JSON内容", "no JSON content", parser.currentLocation());
            }
            CaseFile file = first == JsonToken.START_OBJECT ? binder.bind() : binder.skip();
            if (hasMore(parser)) {
                throw syntaxError(ErrorCode.MALFORMED_JSON, "JSON结束后还有多余内容", "trailing content after the JSON value",
                        parser.currentLocation());
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InvalidCaseFileException(List.of(ValidationError.at("$", ErrorCode.WRONG_TYPE,
                        "案卷文件的顶层应为JSON对象", "the case file must be a JSON object")));
            }
            return file;
        } catch (StreamConstraintsException e) {
            boolean depth = e.getMessage() != null && e.getMessage().contains("depth");
            throw syntaxError(depth ? ErrorCode.TOO_DEEP : ErrorCode.TOO_LARGE,
                    depth ? "嵌套层级超过" + MAX_NESTING_DEPTH + "层" : "字符串、数字或文件超出大小限制",
                    firstLine(e.getOriginalMessage()), located(e.getLocation(), parser));
        } catch (JsonProcessingException e) {
            String detail = firstLine(e.getOriginalMessage());
            throw syntaxError(ErrorCode.MALFORMED_JSON, "不是有效的JSON：" + JsonSyntax.chinese(detail),
                    JsonSyntax.english(detail), located(e.getLocation(), parser));
        } catch (CharConversionException e) {
            throw notText(e, parser.currentLocation());
        }
    }

    /** Whether anything but white space follows the document (a stray word is content too, not a syntax error). */
    private static boolean hasMore(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    private static JsonLocation located(JsonLocation reported, JsonParser parser) {
        return reported != null && reported.getLineNr() > 0 ? reported : parser.currentLocation();
    }

    private static InvalidCaseFileException notText(CharConversionException e, JsonLocation at) {
        return syntaxError(ErrorCode.MALFORMED_JSON, "不是有效的JSON文本（编码无法识别）：" + firstLine(e.getMessage()),
                "not JSON text (undecodable bytes): " + firstLine(e.getMessage()), at);
    }

    /**
     * Adds the errors of the checks across records of the case file as bound with its structure errors repaired,
     * so that a dangling reference is reported along with a mistyped field; an error at a value already reported
     * or left out is not repeated.
     */
    private static void addContentErrors(CaseFile repaired, CaseFileBinder binder, List<ValidationError> errors) {
        Set<String> reported = new HashSet<>(binder.cleared());
        errors.forEach(e -> reported.add(e.path()));
        CaseFileValidator.validate(repaired).stream().filter(e -> !reported.contains(e.path())).forEach(errors::add);
    }

    private static InvalidCaseFileException syntaxError(ErrorCode code, String zh, String en, JsonLocation at) {
        Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 1 ? null : at.getColumnNr();
        return new InvalidCaseFileException(List.of(new ValidationError("$", code, zh, en, line, column)));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
