package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine, many threads, different case files: every result equals the single-threaded one, byte for byte. */
class ConcurrencyTest {

    static final LocalDate D = LocalDate.of(2018, 12, 10);

    static List<CaseFile> variedCaseFiles() {
        List<CaseFile> files = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            int i = n;
            CaseDraft b = CaseFiles.healthy()
                    .zone("WS-A", ZoneLevel.FIRST, z -> z.boundaryMarkers(i % 3))
                    .problem("PRB-" + i, i + 1, p -> p
                            .category(i % 2 == 0 ? ProblemCategory.SEWAGE_OUTFALL : ProblemCategory.CAGE_AQUACULTURE)
                            .zoneLevel(i % 3 == 0 ? ZoneLevel.SECOND : ZoneLevel.FIRST));
            if (i % 4 == 0) {
                b.withoutZone("WS-A", ZoneLevel.SECOND);
            }
            files.add(b.build());
        }
        return files;
    }

    @Test
    void many_threads_get_exactly_the_single_threaded_results() throws Exception {
        List<CaseFile> files = variedCaseFiles();
        List<String> expected = new ArrayList<>();
        for (CaseFile f : files) {
            expected.add(ComplianceEngine.toJson(Verify.assess(f, D)));
        }
        assertThat(expected).doesNotHaveDuplicates();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 120; round++) {
                int i = round % files.size();
                results.add(pool.submit(() -> ComplianceEngine.toJson(Verify.assess(files.get(i), D)).equals(expected
                        .get(i))));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_same_input_gives_byte_identical_output_run_after_run() {
        CaseFile file = variedCaseFiles().get(5);
        String first = ComplianceEngine.toJson(Verify.assess(file, D));
        for (int i = 0; i < 5; i++) {
            assertThat(ComplianceEngine.toJson(Verify.assess(file, D))).isEqualTo(first);
        }
    }
}
