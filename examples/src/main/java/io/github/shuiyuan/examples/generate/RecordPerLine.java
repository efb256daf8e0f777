package io.github.shuiyuan.examples.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * Lays a case file out one record a line: each top-level field and each element of a top-level list starts
 * a line, a record itself stays compact. Large files stay small and still read in a text editor or with grep.
 */
final class RecordPerLine extends MinimalPrettyPrinter {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLineInTopObject(g);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        super.writeObjectEntrySeparator(g);
        newLineInTopObject(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        newLineInTopObject(g);
        super.writeEndObject(g, entries);
        newLineInTopObject(g);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newLineInTopList(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        super.writeArrayValueSeparator(g);
        newLineInTopList(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        if (values > 0) {
            newLineInTopList(g);
        }
        super.writeEndArray(g, values);
    }

    private static void newLineInTopObject(JsonGenerator g) throws IOException {
        JsonStreamContext context = g.getOutputContext();
        if (context.inObject() && context.getParent().inRoot()) {
            g.writeRaw('\n');
        }
    }

    private static void newLineInTopList(JsonGenerator g) throws IOException {
        JsonStreamContext context = g.getOutputContext();
        JsonStreamContext owner = context.getParent();
        if (context.inArray() && owner != null && owner.inObject() && owner.getParent().inRoot()) {
            g.writeRaw('\n');
        }
    }
}
