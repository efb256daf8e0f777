package io.github.shuiyuan.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The instant fast path of the reader gives what the strict ISO formatter gives, and only where it says yes. */
class PlainInstantTest {

    private static final DateTimeFormatter STRICT =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

    private static OffsetDateTime formatter(String text) {
        try {
            return STRICT.parse(text, OffsetDateTime::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-06-20T09:30:00+08:00", "2018-06-20T09:30:00Z", "2016-02-29T23:59:59-05:30",
            "0000-01-01T00:00:00+00:00", "9999-12-31T23:59:59+17:59"})
    void the_plain_forms_take_the_fast_path_and_read_as_the_formatter_reads_them(String text) {
        assertThat(IsoDates.plainInstant(text)).isNotNull().isEqualTo(formatter(text));
        assertThat(IsoDates.plainInstant(text).getOffset()).isEqualTo(formatter(text).getOffset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-06-20T24:00:00+08:00", "2018-06-20T09:60:00+08:00", "2018-06-20T09:30:60+08:00",
            "2018-02-29T09:30:00+08:00", "2018-06-20T09:30:00+19:00", "2018-06-20T09:30:00+08:60",
            "2018-06-20T09:30:00-00:00", "2018-06-20T09:30:00+18:00", "2018-06-20t09:30:00z", "2018-06-20T09:30+08:00",
            "2018-06-20T09:30:00.5+08:00", "2018-06-20T09:30:00+0800", "2018-06-20 09:30:00+08:00",
            "2018-06-20T09:30:00+08:00:00", "2018-06-20T09:30:00", ""})
    void anything_else_goes_to_the_formatter(String text) {
        assertThat(IsoDates.plainInstant(text)).isNull();
        assertThat(IsoDates.instant(text)).isEqualTo(formatter(text));
    }

    @Test
    void on_strings_one_character_away_from_the_plain_forms_it_never_disagrees_with_the_formatter() {
        Random random = new Random(20181210);
        String alphabet = "0123456789-+:TZtz.x ";
        String[] templates = {"2018-06-20T09:30:00+08:00", "2016-02-29T23:59:59Z", "2018-12-31T00:00:00-11:45"};
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder(templates[n % templates.length]);
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                text.setCharAt(random.nextInt(text.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            OffsetDateTime fast = IsoDates.plainInstant(s);
            if (fast != null) {
                assertThat(fast).as(s).isEqualTo(formatter(s));
            }
            assertThat(IsoDates.instant(s)).as(s).isEqualTo(formatter(s));
        }
    }
}
