package io.github.shuiyuan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.testing.CaseFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private static PersonalData scrubber;

    @BeforeAll
    static void sample() throws Exception {
        CaseFile caseFile = CaseFiles.sampleDraft()
                .changeUnit("GOV-OFFICE", u -> new Unit(u.id(), u.name(), u.type(), "0513-85090000")).build();
        scrubber = PersonalData.of(caseFile);
    }

    @Test
    void names_of_the_case_files_people_are_masked() {
        assertThat(scrubber.scrub("由王某负责，李某配合")).isEqualTo("由＊＊负责，＊＊配合");
    }

    @Test
    void mobile_landline_and_id_numbers_are_masked() {
        assertThat(scrubber.scrub("联系13812345678或138-1234-5678")).isEqualTo("联系＊＊或＊＊");
        assertThat(scrubber.scrub("电话0513-85512345，（0513）85512346，85512347")).isEqualTo("电话＊＊，＊＊，＊＊");
        assertThat(scrubber.scrub("身份证32060219800101123X已登记")).isEqualTo("身份证＊＊已登记");
    }

    @Test
    void the_publishers_public_phone_and_ordinary_figures_stay() {
        assertThat(scrubber.scrub("监督电话0513-85090000")).isEqualTo("监督电话0513-85090000");
        assertThat(scrubber.scrub("拆除面积1200平方米，投资35.6万元，2018年6月30日前完成"))
                .isEqualTo("拆除面积1200平方米，投资35.6万元，2018年6月30日前完成");
        assertThat(scrubber.scrub(null)).isNull();
    }
}
