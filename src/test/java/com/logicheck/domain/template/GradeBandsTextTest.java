package com.logicheck.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Scores;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeBandsTextTest {

    @Test
    void printsAndReadsTheHospitalBands() {
        assertThat(GradeBandsText.print(GradeBands.DEFAULT)).isEqualTo("优秀≥90；良好≥80；中等≥70；不及格<70");
        assertThat(GradeBandsText.parse("优秀≥90；良好≥80；中等≥70；不及格<70")).isEqualTo(GradeBands.DEFAULT);
    }

    @Test
    void readsTheCollegeBandsWrittenLooselyByHand() {
        // seed 004 第14篇: ≥90 优秀, ≥80 合格, <70 不合格
        GradeBands bands = GradeBandsText.parse("优秀>=90分，合格 ≥ 80、基本合格≥70；不合格");
        assertThat(bands.bands()).containsExactly(new GradeBand("优秀", Scores.of("90")), new GradeBand("合格", Scores.of("80")),
                new GradeBand("基本合格", Scores.of("70")), new GradeBand("不合格", Scores.of("0")));
        assertThat(bands.gradeFor(Scores.of("79.99"))).isEqualTo("基本合格");
    }

    @Test
    void refusesABandWithoutABoundThatIsNotTheLast() {
        assertThatThrownBy(() -> GradeBandsText.parse("优秀；良好≥80")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().args()).isEqualTo(List.of("优秀")));
        assertThatThrownBy(() -> GradeBandsText.parse("")).isInstanceOf(DomainException.class);
    }
}
