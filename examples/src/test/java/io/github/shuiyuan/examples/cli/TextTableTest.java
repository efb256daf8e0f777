package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void chinese_characters_and_full_width_punctuation_take_two_columns() {
        assertThat(TextTable.width("ZN-01")).isEqualTo(5);
        assertThat(TextTable.width("严重")).isEqualTo(4);
        assertThat(TextTable.width("（如2018）：")).isEqualTo(2 + 2 + 4 + 2 + 2);
        assertThat(TextTable.width("")).isZero();
    }

    @Test
    void columns_line_up_by_display_width_and_the_last_is_not_padded() {
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
    void a_line_break_in_a_cell_prints_as_a_space() {
        String text = new TextTable("a", "b").row("x\ny", "z").render();

        assertThat(text.lines().skip(2)).containsExactly("x y  z");
    }

    @Test
    void a_row_must_have_a_cell_for_every_column() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TextTable("a", "b").row("only one"));
    }
}
