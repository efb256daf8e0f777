package io.github.shuiyuan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The linter's reading of DRL text: code without comments and string contents, rules with their lines. */
class DrlTextTest {

    static final String TEXT = """
            package io.github.shuiyuan.rules;
            import java.util.List;
            /* a block comment that says rule "X" and
               System.exit(1) */
            rule "A-01 第一条"   // Thread in a comment
                @id("A-01")
            when
                $s : Object()
            then
                insert("a \\"quoted\\" Runtime"); insert('x');
            end
            rule 'B-02 second'
            when
            then
            end
            """;

    @Test
    void comments_and_string_contents_are_blanked_with_lines_and_offsets_kept() {
        DrlText text = DrlText.of(TEXT);
        assertThat(text.lineCount()).isEqualTo(TEXT.lines().count());
        assertThat(text.code(4)).isBlank();
        assertThat(text.code(5)).doesNotContain("Thread", "A-01").startsWith("rule \"").hasSameSizeAs(text.raw(5));
        assertThat(text.code(10)).doesNotContain("Runtime", "quoted").contains("insert(\"", "insert('");
        assertThat(text.code(10)).hasSameSizeAs(text.raw(10));
    }

    @Test
    void rules_are_found_with_their_then_and_end_lines_but_not_in_comments() {
        DrlText text = DrlText.of(TEXT);
        assertThat(text.rules()).containsExactly(
                new DrlText.RuleDecl("A-01 第一条", 5, 9, 11),
                new DrlText.RuleDecl("B-02 second", 12, 14, 15));
        assertThat(text.ruleAt(10)).map(DrlText.RuleDecl::name).contains("A-01 第一条");
        assertThat(text.ruleAt(2)).isEmpty();
        assertThat(text.imports()).containsExactly(new DrlText.Import(2, "java.util.List"));
        assertThat(text.isHeader(1)).isTrue();
        assertThat(text.isHeader(5)).isFalse();
    }

    @Test
    void rule_id_references_are_read_from_code_with_blocks_told_apart_and_never_from_comments_or_messages() {
        DrlText text = DrlText.of("""
                rule "C-03 x" @id("DAT-01") @blocks("SGN-01")
                when
                    Finding(ruleId in ("EVD-02", "EVD-03"), subjectId == $e)  // ruleId == "NOT-01"
                    Unmet(condition == "CLO-03")
                then
                    insertLogical(Emit.finding(drools, "ruleId == \\"NOT-02\\"", null, null, null, "m"));
                end
                """);
        assertThat(text.idReferences(1)).containsExactly(new DrlText.IdReference("SGN-01", true));
        assertThat(text.idReferences(3)).containsExactly(
                new DrlText.IdReference("EVD-02", false), new DrlText.IdReference("EVD-03", false));
        assertThat(text.idReferences(4)).containsExactly(new DrlText.IdReference("CLO-03", false));
        assertThat(text.idReferences(6)).isEmpty();
    }
}
