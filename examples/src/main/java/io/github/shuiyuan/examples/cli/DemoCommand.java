package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.io.OutputFile;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.reporting.Disclosure;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.Finding;
import io.github.shuiyuan.rules.RuleFamily;
import io.github.shuiyuan.rules.Severity;
import io.github.shuiyuan.report.DisclosurePage;
import io.github.shuiyuan.report.FormFormat;
import io.github.shuiyuan.report.Ledger;
import io.github.shuiyuan.report.LookBackForm;
import io.github.shuiyuan.report.PublicDisclosure;
import io.github.shuiyuan.report.SupervisionWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shuiyuan demo}: the main job on the bundled Chongchuan 2018 sample — validate, assess as of a date
 * in the campaign, write every sub-district's look-back form, the supervision workbook, the problem ledger
 * (附表1) and the month's disclosure, and print a short Chinese summary.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"演示：对内置的崇川区2018年示例案卷（虚构数据）进行校验和评估，",
                "生成各街道“回头看”情况统计表、监管工作簿、问题整治进展情况统计表（附表1）和信息公开页面，并打印中文摘要。"})
final class DemoCommand implements Callable<Integer> {

    /** The bundled sample, inside the jar. */
    static final String SAMPLE = "/io/github/shuiyuan/examples/data/chongchuan-2018.json";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "shuiyuan-demo",
            description = "输出目录（默认 ./shuiyuan-demo，不存在则创建）")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2018-12-10",
            description = "评估截止日期（默认 2018-12-10：专项行动工作总结报送期限之后）")
    LocalDate asOf;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter text = spec.commandLine().getOut();
        rules.prepare();
        ValidCaseFile valid = readSample();
        CaseFile sample = valid.caseFile();
        text.println("示例案卷（虚构数据，仿崇川政办发〔2018〕40号） · " + CaseFileSummary.of(sample));
        Assessment assessment = rules.assess(valid, asOf, spec.commandLine().getErr());
        Path folder = folder();
        List<String> written = new ArrayList<>();
        for (Unit unit : reportingSubDistricts(sample)) {
            Path form = folder.resolve("回头看情况统计表-" + unit.name() + ".xlsx");
            Output.write(file(form), stream -> LookBackForm.write(sample, assessment, unit.id(), null, FormFormat.XLSX, stream));
            written.add(form.getFileName().toString());
        }
        Path workbook = folder.resolve("监管工作簿-" + asOf + ".xlsx");
        Output.write(file(workbook), stream -> SupervisionWorkbook.write(sample, assessment, stream));
        written.add(workbook.getFileName().toString());
        Path ledger = folder.resolve("整治进展情况统计表-" + asOf + ".xlsx");
        Output.write(file(ledger), stream -> Ledger.write(sample, assessment, FormFormat.XLSX, stream));
        written.add(ledger.getFileName().toString());
        YearMonth period = YearMonth.from(asOf).minusMonths(1);
        DisclosurePage disclosure = disclosure(valid, period, spec.commandLine().getErr());
        for (PublicDisclosure.Format format : PublicDisclosure.Format.values()) {
            Path page = folder.resolve("信息公开-" + period + "." + format.name().toLowerCase(java.util.Locale.ROOT));
            Output.write(file(page), stream -> PublicDisclosure.write(disclosure, format, stream));
            written.add(page.getFileName().toString());
        }
        Path json = folder.resolve("assessment-" + asOf + ".json");
        Output.text(ComplianceEngine.toJson(assessment), file(json), text);
        written.add(json.getFileName().toString());
        text.print(summary(assessment));
        text.println("已写入 " + folder.toAbsolutePath() + "：");
        written.forEach(name -> text.println("  " + name));
        text.flush();
        return Cli.OK;
    }

    /** The period's disclosure, published on the date the sample records for it (a draft when it records none). */
    private DisclosurePage disclosure(ValidCaseFile sample, YearMonth period, PrintWriter err) {
        LocalDate publishedOn = sample.caseFile().disclosures().stream().filter(d -> period.equals(d.period()))
                .map(Disclosure::publishedOn).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        return DiscloseCommand.page(rules, sample, period, publishedOn, err);
    }

    private static ValidCaseFile readSample() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new Cli.Failure(Cli.USAGE, "内置示例案卷缺失 [SAMPLE_MISSING]: " + SAMPLE);
            }
            return CaseFileJson.strict().readValid(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidCaseFileException e) {
            throw new Cli.Failure(Cli.INVALID, "内置示例案卷校验未通过 [CASE_FILE_INVALID]: " + e.getMessage());
        }
    }

    private static OutputFile file(Path path) {
        return Output.checked(path, List.of());
    }

    private Path folder() {
        try {
            return Files.createDirectories(out);
        } catch (IOException e) {
            throw new Cli.Failure(Cli.USAGE, "无法创建输出目录 [DIRECTORY_UNWRITABLE]: " + out + " (" + e.getMessage() + ")");
        }
    }

    /** Sub-districts responsible for a source or a problem: the units that file the monthly form. */
    static List<Unit> reportingSubDistricts(CaseFile file) {
        Set<String> responsible = new TreeSet<>();
        file.waterSources().forEach(s -> responsible.add(s.responsibleUnitId()));
        file.problems().forEach(p -> responsible.add(p.responsibleUnitId()));
        return file.units().stream().filter(Unit::isSubDistrict).filter(u -> responsible.contains(u.id())).toList();
    }

    /** Findings per rule family and severity, then close-out, accountability and water quality in one line each. */
    private static String summary(Assessment a) {
        TextTable table = new TextTable("规则族", "严重", "较重", "一般", "提示", "合计");
        Map<RuleFamily, Map<Severity, Integer>> counts = new EnumMap<>(RuleFamily.class);
        for (Finding f : a.findings()) {
            counts.computeIfAbsent(RuleFamily.of(f.ruleId()), k -> new EnumMap<>(Severity.class))
                    .merge(f.severity(), 1, Integer::sum);
        }
        counts.forEach((family, bySeverity) -> {
            List<String> cells = new ArrayList<>(List.of(family.label()));
            for (Severity s : Severity.values()) {
                cells.add(String.valueOf(bySeverity.getOrDefault(s, 0)));
            }
            cells.add(String.valueOf(bySeverity.values().stream().mapToInt(Integer::intValue).sum()));
            table.row(cells.toArray());
        });
        long eligible = a.closeOut().stream().filter(CloseOutStatus::eligible).count();
        long compliant = a.waterQuality().stream().filter(w -> Boolean.TRUE.equals(w.compliant())).count();
        return "\n截至 " + a.asOf() + " 的评估（规则集 " + a.ruleset().name() + " " + a.ruleset().version() + "）：发现 "
                + a.findings().size() + " 条\n" + table.render()
                + "销号：已整改或已销号问题 " + a.closeOut().size() + " 个，满足销号条件 " + eligible + " 个\n"
                + "问责建议：" + a.accountability().size() + " 条\n"
                + "水质：样品 " + a.waterQuality().size() + " 个，达标 " + compliant + " 个\n\n";
    }

}
