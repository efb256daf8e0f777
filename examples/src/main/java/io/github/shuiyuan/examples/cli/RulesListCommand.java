package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.RuleInfo;
import io.github.shuiyuan.rules.RulesetInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code shuiyuan rules list [--rules DIR]}: every rule loaded, with its metadata and the file it comes from. */
@Command(name = "list", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"列出加载的每条规则：编号、标题、依据条款、严重程度、对象类型、来源文件。",
                "退出码：0 完成；2 规则无法编译或用法错误。"})
final class RulesListCommand implements Callable<Integer> {

    /** What {@code --format json} prints. */
    record Listing(RulesetInfo ruleset, List<RuleInfo> rules) {
    }

    @Mixin
    RulesOption rules;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ComplianceEngine engine = rules.engine(spec.commandLine().getErr());
        if (format.json()) {
            out.print(Cli.json(new Listing(engine.ruleset(), engine.rules())));
        } else {
            out.print(table(engine.ruleset(), engine.rules()));
        }
        out.flush();
        return Cli.OK;
    }

    private static String table(RulesetInfo ruleset, List<RuleInfo> rules) {
        TextTable table = new TextTable("编号", "严重程度", "对象", "来源文件", "标题", "依据");
        for (RuleInfo rule : rules) {
            table.row(rule.id(), rule.severity() == null ? "" : rule.severity().label(),
                    rule.subjectType() == null ? "" : rule.subjectType().label(), rule.sourceFile(), rule.title(), rule.clause());
        }
        return "规则集 " + ruleset.name() + " " + ruleset.version() + "：共 " + rules.size() + " 条规则\n" + table.render();
    }
}
