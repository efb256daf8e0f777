package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.io.OutputFile;
import java.nio.file.Path;
import java.util.Collection;
import picocli.CommandLine.Option;

/**
 * The required {@code --out FILE} of the commands that write a document: checked before anything is read —
 * never one of the run's inputs, never a FIFO or a device, an extension of the format written — and written
 * whole or not at all.
 */
final class OutOption {

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "输出文件：扩展名须与格式一致；不得是输入文件；完整写入后替换，不会留下半个文件")
    Path path;

    /** The output, checked now against the run's {@code inputs}; exit 2 when refused. */
    OutputFile checked(Collection<Path> inputs, String... extensions) {
        return Output.checked(path, inputs, extensions);
    }
}
