package com.logicheck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.i18n.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.junit.jupiter.api.Test;

/** What the screens say when background work fails (issue 19, item 5). */
class FailuresTest {
    private final Messages zh = Messages.forLanguage("zh");
    private final Messages en = Messages.forLanguage("en");

    @Test
    void aRefusalIsItsOwnMessage() {
        assertThat(Failures.describe(new DomainException(Problem.of("problem.sign.refusalReason", "李主任")), zh))
                .isEqualTo("李主任 拒绝签字时须填写原因。");
    }

    @Test
    void aBugNamesTheLogFileAndNeverTheExceptionsTextOrClass() {
        Exception bug = new IllegalStateException("SELECT password_hash FROM person; /srv/data/keys/7.p12");
        assertThat(Failures.describe(bug, zh)).isEqualTo(
                "出现意外错误，操作没有完成。详情已记入数据文件夹里的日志文件 logs/logicheck.log，可以把这个文件发给技术支持。");
        assertThat(Failures.describe(bug, en)).contains("logs/logicheck.log")
                .doesNotContain("SELECT", "keys", "IllegalStateException");
        assertThat(Failures.describe(new NullPointerException(), zh)).doesNotContain("NullPointerException");
    }

    @Test
    void shownInPutsTheSentenceIntoTheScreensMessage() {
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        Failures.shownIn(message, zh).accept(new DomainException(Problem.of("problem.sign.refusalReason", "李主任")));
        assertThat(message.get()).isEqualTo("李主任 拒绝签字时须填写原因。");
    }
}
