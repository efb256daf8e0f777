package io.github.shuiyuan.benchmarks;

import com.sun.management.ThreadMXBean;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where the time of {@code assess} goes, phase by phase in one fresh JVM, in the order the command runs them:
 * read and validate, start the engine, assess, write the JSON (to nowhere) — then assess and write again, warm.
 * For each phase: wall time, CPU time of the main thread, bytes it allocated, the collectors' time so far and
 * the heap in use after it. Not a JMH benchmark: one run, to show the shape.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.shuiyuan.benchmarks.AssessPhases province-4000.json 2
 * }</pre>
 */
public final class AssessPhases {

    private static final ThreadMXBean THREAD = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private long wall;
    private long cpu;
    private long allocated;

    private AssessPhases() {
    }

    /** Arguments: the case file, and how many times to assess it (default 1). */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int times = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        LocalDate asOf = LocalDate.of(2018, 12, 10);
        AssessPhases phase = new AssessPhases();
        phase.start();
        ValidCaseFile valid = CaseFileJson.strict().readValid(file);
        phase.end("read and validate");
        ComplianceEngine engine = ComplianceEngine.builder().build();
        phase.end("start the engine");
        for (int i = 1; i <= times; i++) {
            Assessment assessment = engine.assess(valid, asOf);
            phase.end("assess #" + i + " (" + assessment.findings().size() + " findings)");
            ComplianceEngine.writeJson(assessment, Writer.nullWriter());
            phase.end("write the JSON");
        }
    }

    private void start() {
        wall = System.nanoTime();
        cpu = THREAD.getCurrentThreadCpuTime();
        allocated = THREAD.getCurrentThreadAllocatedBytes();
    }

    private void end(String what) {
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%-32s wall %6d ms  main thread CPU %6d ms  allocated %5d MB  GC so far %6d ms  heap in use %5d MB%n",
                what, (System.nanoTime() - wall) / 1_000_000, (THREAD.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                (THREAD.getCurrentThreadAllocatedBytes() - allocated) >> 20, gc,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        start();
    }
}
