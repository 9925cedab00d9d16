package com.logicheck.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Line breaking of Chinese and mixed text in the table cells. */
class TextWrapTest {
    private static PDDocument doc;
    private static CjkFont.Font font;

    @BeforeAll
    static void load() {
        doc = new PDDocument();
        font = new CjkFont().load(doc);
    }

    @AfterAll
    static void close() throws Exception {
        doc.close();
    }

    private static List<String> wrap(String text, float width) {
        return TextWrap.lines(font, text, 10, width);
    }

    @Test
    void chineseBreaksBetweenAnyCharactersAndNothingIsLost() {
        String text = "病房、走廊、护士站地面每日湿式清扫不少于2次，随脏随扫，无污渍、无积水、无垃圾、无毛发";
        List<String> lines = wrap(text, 100);
        assertThat(lines.size()).isGreaterThan(3);
        assertThat(String.join("", lines)).isEqualTo(text);
        lines.forEach(l -> assertThat(font.width(l, 10)).isLessThanOrEqualTo(100 + 10.01f));
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        for (float width = 30; width < 160; width += 3) {
            List<String> lines = wrap("保洁工具分区（病房、卫生间）使用，不交叉使用；标识清楚。每缺一项扣1分，延迟一天扣0.2分。", width);
            for (int i = 1; i < lines.size(); i++) {
                assertThat("，。、；：）".indexOf(lines.get(i).charAt(0))).as("line %s at width %s", lines.get(i), width).isNegative();
            }
            lines.forEach(l -> assertThat(l).doesNotEndWith("（"));
        }
    }

    @Test
    void numbersAndLatinWordsStayWhole() {
        List<String> lines = wrap("扣分依据：每发现一人次×12；延迟 0.2分 LogiCheck", 60);
        assertThat(lines).noneMatch(l -> l.endsWith("×") || l.endsWith("0.") || l.startsWith("2分"));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("扣分依据：每发现一人次×12；延迟0.2分LogiCheck");
    }

    @Test
    void hardLineBreaksAreKeptAndUndrawableCharactersBecomeQuestionMarks() {
        assertThat(wrap("第一行\n第二行", 200)).containsExactly("第一行", "第二行");
        assertThat(font.printable("检查\uD840\uDC00\t完")).isEqualTo("检查? 完");
    }

    @Test
    void degreeSignsTheFontDrawsBlankArePrintedAsDegreeAndLetter() {
        assertThat(font.printable("餐具消毒水温不低于70℃，冷藏0~8℉")).isEqualTo("餐具消毒水温不低于70°C，冷藏0~8°F");
        assertThat(font.width("70℃", 10)).isLessThan(font.width(font.printable("70℃"), 10));
    }
}
