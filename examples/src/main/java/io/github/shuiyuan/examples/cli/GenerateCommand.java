package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.examples.generate.CaseFileGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shuiyuan generate --sources N --seed S --out FILE}: a synthetic, valid case file of any size. */
@Command(name = "generate", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"生成合成的有效案卷（用于性能测试）：每个水源地约47条记录，每5个水源地一个街道。"
                + "相同的水源地数和种子生成逐字节相同的文件。",
                "退出码：0 完成；2 用法错误或文件无法写入。"})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--sources", paramLabel = "N", required = true, description = "水源地个数（至少1），如 4000")
    int sources;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "随机种子（默认1）")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "写入此 .json 文件（完整写入后替换，不会留下半个文件）")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (sources < 1) {
            throw new Cli.Failure(Cli.USAGE, "--sources 的值无效：应至少为1，实际为" + sources + " [INVALID_VALUE]");
        }
        long[] records = new long[1];
        CaseFileGenerator generator = new CaseFileGenerator(sources, seed);
        Output.write(Output.checked(out, List.of(), ".json"), stream -> records[0] = generator.write(stream));
        PrintWriter err = spec.commandLine().getErr();
        err.println("已生成案卷 [GENERATED]: " + out + "（" + sources + "个水源地，" + records[0] + "条记录，种子" + seed
                + "；可按 --as-of " + CaseFileGenerator.AS_OF + " 评估）");
        return Cli.OK;
    }
}
