package io.github.shuiyuan.benchmarks;

import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.examples.baseline.PlainJavaRules;
import io.github.shuiyuan.examples.baseline.RuleSubset;
import io.github.shuiyuan.examples.generate.CaseFileGenerator;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Drools against the floor: ZN-01/02, PRB-01, MON-01 and CLO-02…06 as DRL rules in an engine of just those
 * rules and EVD-02/03, which CLO-02/03 chain on ({@code droolsSubset}), and the same rules written in plain Java over the same case file
 * ({@code plainJava}); a test holds the two to the same findings. {@code droolsAllRules} is the whole bundled
 * rule set on the same data, for scale.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class FloorBenchmark {

    @Param({"135", "1350"})
    int sources;

    ValidCaseFile caseFile;
    ComplianceEngine subset;
    ComplianceEngine all;
    PlainJavaRules plain;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        caseFile = Provinces.caseFile(sources);
        all = ComplianceEngine.builder().build();
        Set<String> ids = new HashSet<>(PlainJavaRules.RULE_IDS);
        ids.addAll(PlainJavaRules.CHAINED_ON);
        subset = RuleSubset.engine(ids);
        plain = new PlainJavaRules(all.rules());
    }

    @Benchmark
    public Assessment droolsSubset() throws Exception {
        return subset.assess(caseFile, CaseFileGenerator.AS_OF);
    }

    @Benchmark
    public PlainJavaRules.Result plainJava() {
        return plain.evaluate(caseFile.caseFile(), CaseFileGenerator.AS_OF);
    }

    @Benchmark
    public Assessment droolsAllRules() throws Exception {
        return all.assess(caseFile, CaseFileGenerator.AS_OF);
    }
}
