package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.service.ReferenceRows.PlaceLine;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wizard's place and provider tables, from the hospital of seed 000 (神木县医院) and the college of seed 004. */
class ReferenceRowsTest {
    static final List<String> PLACE_HEADER = List.of("院区", "楼栋", "楼层", "区域");
    static final List<String> PROVIDER_HEADER = List.of("企业名称", "简称", "服务类别");

    @Test
    void placeRowsMaySkipLevelsAndBlankRowsAreIgnored() {
        List<PlaceLine> lines = ReferenceRows.places(List.of(PLACE_HEADER,
                List.of("东院区", "住院部1号楼", "5层", "心内科病区"),
                List.of(),
                List.of("西院区", "", "", "室外停车场"),
                List.of("西院区")));
        assertThat(lines).containsExactly(new PlaceLine("东院区", "住院部1号楼", "5层", "心内科病区"),
                new PlaceLine("西院区", "", "", "室外停车场"), new PlaceLine("西院区", "", "", ""));
    }

    @Test
    void everyBadPlaceRowIsReportedByItsRowNumber() {
        assertThatThrownBy(() -> ReferenceRows.places(List.of(PLACE_HEADER,
                List.of("东院区", "门诊楼", "1层", "门诊大厅"),
                List.of("", "门诊楼", "2层", "检验科"),
                List.of("东院区", "门诊楼/急诊楼", "1层", "急诊科"),
                List.of("东院区", "x".repeat(201), "", ""))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).containsExactly(
                        Problem.of("problem.setup.placeNoSite", 3), Problem.of("problem.setup.placeSlash", 4),
                        Problem.of("problem.setup.tooLong", 5, 200)));
    }

    @Test
    void providersTakeServiceLinesAsPeopleWriteThem() {
        var lines = ReferenceRows.providers(List.of(PROVIDER_HEADER,
                List.of("康洁物业服务有限公司", "康洁物业", "保洁、绿化"),
                List.of("安顺保安服务有限公司", "", "安保消防, 消防"),
                List.of("华安后勤服务集团有限公司", "华安后勤", "基础管理，客服及监督；食堂"),
                List.of("Hengtong M&E", "HT", "maintenance")));
        assertThat(lines).extracting(ReferenceRows.ProviderLine::lines).containsExactly(
                Set.of(ServiceLine.ENVIRONMENT), Set.of(ServiceLine.SECURITY),
                Set.of(ServiceLine.MANAGEMENT, ServiceLine.CUSTOMER_SERVICE, ServiceLine.CANTEEN),
                Set.of(ServiceLine.MAINTENANCE));
        assertThat(lines.get(1).shortName()).as("short name made from the name").isEqualTo("安顺保安服务");
    }

    @Test
    void everyBadProviderRowIsReportedAndNothingIsReturned() {
        assertThatThrownBy(() -> ReferenceRows.providers(List.of(PROVIDER_HEADER,
                List.of("康洁物业服务有限公司", "康洁物业", "绿化保洁"),
                List.of("", "无名", "保洁"),
                List.of("康洁物业服务有限公司", "", "保洁"),
                List.of("美膳餐饮管理有限公司", "美膳", "厨房"),
                List.of("安顺保安服务有限公司", "安顺", ""))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).containsExactly(
                        Problem.of("problem.setup.providerNoName", 3),
                        Problem.of("problem.setup.providerTwice", 4, "康洁物业服务有限公司"),
                        Problem.of("problem.setup.serviceLineUnknown", 5, "厨房"),
                        Problem.of("problem.setup.serviceLineMissing", 6)));
    }

    @Test
    void csvWithBomQuotesAndCrLfReadsLikeExcelWroteIt() throws Exception {
        byte[] bytes = ("\uFEFF企业名称,简称,服务类别\r\n\"华安后勤服务集团有限公司\",华安后勤,\"基础管理,客服及监督\"\r\n"
                + "\"说 \"\"引号\"\" 公司\",,食堂\r\n").getBytes(StandardCharsets.UTF_8);
        List<List<String>> rows = CsvTable.read(bytes);
        assertThat(rows).containsExactly(List.of("企业名称", "简称", "服务类别"),
                List.of("华安后勤服务集团有限公司", "华安后勤", "基础管理,客服及监督"), List.of("说 \"引号\" 公司", "", "食堂"));
        assertThat(CsvTable.read(CsvTable.write(rows.get(0), rows.subList(1, 3)))).isEqualTo(rows);
    }

    @Test
    void aCsvSavedAsGbkIsRefusedNotMisread() {
        byte[] gbk = "院区,楼栋\n东院区,门诊楼\n".getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> CsvTable.read(gbk)).isInstanceOf(CsvTable.NotUtf8Exception.class);
    }

    @Test
    void eachTypedRowSaysHowItStandsAndADuplicateIsWarnedBesideIt() {
        List<ReferenceRows.RowCheck> places = ReferenceRows.placeChecks(List.of(
                new PlaceLine("东院区", "门诊楼", "", ""), new PlaceLine("", "", "", ""),
                new PlaceLine("", "门诊楼", "", ""), new PlaceLine(" 东院区", "门诊楼 ", "", "")), 1);
        assertThat(places).extracting(ReferenceRows.RowCheck::status).containsExactly(ReferenceRows.RowStatus.OK,
                ReferenceRows.RowStatus.BLANK, ReferenceRows.RowStatus.ERROR, ReferenceRows.RowStatus.DUPLICATE);
        assertThat(places.get(2).problem()).isEqualTo(Problem.of("problem.setup.placeNoSite", 3));
        assertThat(places.get(3).problem()).isEqualTo(Problem.of("problem.setup.placeTwice", 4, 1));

        List<ReferenceRows.RowCheck> providers = ReferenceRows.providerChecks(List.of(
                new String[] {"康洁物业服务有限公司", "康洁", "绿化保洁"}, new String[] {"安达保安", "", "修电脑"},
                new String[] {"康洁物业服务有限公司", "", "安保"}, new String[] {"", "", ""}), 1);
        assertThat(providers).extracting(ReferenceRows.RowCheck::status).containsExactly(ReferenceRows.RowStatus.OK,
                ReferenceRows.RowStatus.ERROR, ReferenceRows.RowStatus.DUPLICATE, ReferenceRows.RowStatus.BLANK);
        assertThat(providers.get(1).problem()).isEqualTo(Problem.of("problem.setup.serviceLineUnknown", 2, "修电脑"));
        assertThat(providers.get(2).problem()).isEqualTo(Problem.of("problem.setup.providerTwice", 3, "康洁物业服务有限公司"));
    }
}
