package com.logicheck.app;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Provider;
import java.time.YearMonth;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options several commands share, as picocli {@code @Mixin}s: declared once, with one name, label and help
 * text, and the parsing that goes with them.
 */
final class CliOptions {
    private CliOptions() {
    }

    /** {@code --month YYYY-MM}, required. */
    static final class Month {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        YearMonth month() {
            return AssessCommand.parseMonth(month);
        }
    }

    /** {@code --provider NAME --month YYYY-MM}, both required: one provider's month. */
    static final class ProviderMonth {
        @Option(names = "--provider", required = true, paramLabel = "NAME")
        String provider;
        @Mixin
        Month month;

        Provider provider(AppContext context) {
            return AssessCommand.findProvider(context.core().reference().providers(), provider);
        }

        YearMonth month() {
            return month.month();
        }
    }

    /** {@code --as PERSON}: who acts, the current user when not given. */
    static final class ActingPerson {
        @Option(names = "--as", paramLabel = "PERSON")
        String as;

        Person actor(Invocation run, AppContext context) {
            return run.actor(context, as);
        }
    }

    /** {@code --password}: the signing key's password, else the environment variable, else asked. */
    static final class KeyPassword {
        @Option(names = "--password")
        String password;

        char[] password(Invocation run) {
            return CliSupport.password(password, System.getenv(), System.console(),
                    run.messages().get("cli.password.prompt"));
        }
    }
}
