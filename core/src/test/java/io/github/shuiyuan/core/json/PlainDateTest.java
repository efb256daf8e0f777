package io.github.shuiyuan.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The date fast path of the structure check says yes only where the strict ISO formatter does. */
class PlainDateTest {

    private static final DateTimeFormatter STRICT = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);

    private static boolean formatterAccepts(String text) {
        try {
            STRICT.parse(text, LocalDate::from);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Test
    void every_day_of_a_century_takes_the_fast_path() {
        for (LocalDate d = LocalDate.of(1950, 1, 1); d.isBefore(LocalDate.of(2050, 1, 1)); d = d.plusDays(1)) {
            assertThat(IsoDates.isPlainDate(d.toString())).as(d.toString()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-02-29", "2100-02-29", "2018-13-01", "2018-00-10", "2018-01-00", "2018-04-31",
            "2018-1-01", "2018-01-1", "18-01-01", "+2018-01-01", "2018/01/01", "2018-01-01 ", " 2018-01-01",
            "２０１８-01-01", "2018-0a-01", "2018-01-01T00:00", ""})
    void what_it_refuses_goes_to_the_formatter(String text) {
        assertThat(IsoDates.isPlainDate(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-02-29", "2000-02-29", "0000-01-01", "9999-12-31", "2018-12-31", "2018-02-29",
            "2018-13-01", "2018-1-01", "+2018-01-01", "２０１８-01-01", "2018-04-31"})
    void it_never_accepts_what_the_formatter_refuses(String text) {
        if (IsoDates.isPlainDate(text)) {
            assertThat(formatterAccepts(text)).as(text).isTrue();
        }
        assertThat(IsoDates.isPlainDate(text)).isEqualTo(formatterAccepts(text) && text.length() == 10);
    }
}
