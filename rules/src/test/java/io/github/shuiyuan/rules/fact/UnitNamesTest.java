package io.github.shuiyuan.rules.fact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.UnitType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit names in messages. */
class UnitNamesTest {

    static final Unit EPB = new Unit("DEPT-EPB", "区环保局", UnitType.DEPARTMENT, null);
    static final Unit HOUSING = new Unit("DEPT-HOUSING", "区住建局", UnitType.DEPARTMENT, null);

    @Test
    void a_unit_is_named_by_its_name_or_else_its_id() {
        assertThat(UnitNames.of(EPB)).isEqualTo("区环保局");
        assertThat(UnitNames.of(new Unit("SD-X", null, UnitType.SUB_DISTRICT, null))).isEqualTo("SD-X");
        assertThat(UnitNames.of(new Unit("SD-X", " ", UnitType.SUB_DISTRICT, null))).isEqualTo("SD-X");
    }

    @Test
    void units_are_joined_in_the_order_the_case_file_gives_their_ids() {
        List<String> order = List.of("DEPT-EPB", "DEPT-HOUSING");
        assertThat(UnitNames.joined(List.of(HOUSING, EPB), order)).isEqualTo("区环保局、区住建局");
        assertThat(UnitNames.joined(List.of(EPB, HOUSING), order)).isEqualTo("区环保局、区住建局");
        assertThat(UnitNames.joined(List.of(HOUSING), order)).isEqualTo("区住建局");
        assertThat(UnitNames.joined(List.of(), order)).isEmpty();
    }
}
