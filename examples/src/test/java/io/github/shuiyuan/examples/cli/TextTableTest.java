package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void chineseCharactersAndFullWidthPunctuationTakeTwoColumns() {
        assertThat(TextTable.width("ZN-01")).isEqualTo(5);
        assertThat(TextTable.width("严重")).isEqualTo(4);
        assertThat(TextTable.width("（如2018）：")).isEqualTo(2 + 2 + 4 + 2 + 2);
        assertThat(TextTable.width("")).isZero();
    }

    @Test
    void columnsLineUpByDisplayWidthAndTheLastIsNotPadded() {
        String text = new TextTable("规则", "严重程度", "说明")
                .row("ZN-01", "严重", "排污口位于一级保护区")
                .row("SGN-03", "一般", null)
                .render();

        assertThat(text).isEqualTo("""
                规则    严重程度  说明
                ------  --------  ----
                ZN-01   严重      排污口位于一级保护区
                SGN-03  一般
                """);
    }

    @Test
    void aLineBreakInACellPrintsAsASpace() {
        String text = new TextTable("a", "b").row("x\ny", "z").render();

        assertThat(text.lines().skip(2)).containsExactly("x y  z");
    }

    @Test
    void aRowMustHaveACellForEveryColumn() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TextTable("a", "b").row("only one"));
    }
}
