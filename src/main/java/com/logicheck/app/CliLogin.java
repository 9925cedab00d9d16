package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.persistence.AccountRepository.Account;
import java.io.Console;
import java.util.List;
import java.util.Map;

/**
 * Who runs a command that acts for someone. {@code --as} names the person (name, login or id), else the current user.
 * In a data folder with accounts (ADR 0013) that person must have a login and their password is required: from
 * {@value #PASSWORD_ENV} for scripts, else a prompt on the console, else the command is refused. Without accounts
 * (the demo, folders from before accounts) nothing is asked, as before.
 */
final class CliLogin {
    static final String PASSWORD_ENV = "LOGICHECK_PASSWORD";

    private CliLogin() {
    }

    /** The acting person and the password they proved it with (null in a folder without accounts). */
    record Actor(Person person, char[] password) {
    }

    /** The acting person, password checked, now the current user of this run. */
    static Person actor(Main main, AppContext context, String as) {
        return checked(main, context, as).person();
    }

    static Actor checked(Main main, AppContext context, String as) {
        return checked(main, context, as, false);
    }

    /**
     * As {@link #checked(Main, AppContext, String)}; a person whose password an administrator set (ADR 0025) is refused
     * unless {@code ownPasswordChange} — the one thing they may do is choose their own ({@code user passwd}).
     */
    static Actor checked(Main main, AppContext context, String as, boolean ownPasswordChange) {
        boolean accounts = context.accounts().service().logInRequired();
        Person person;
        if (as != null && !as.isBlank()) {
            person = person(context, as.strip());
        } else if (accounts) {
            person = context.core().currentUser().lastUserId().flatMap(context.accounts().service()::account)
                    .filter(a -> a.login() != null && a.active()).map(Account::person)
                    .orElseThrow(() -> new DomainException(Problem.of("problem.cli.whoActs")));
        } else {
            person = context.core().currentUser().get();
        }
        if (!accounts) {
            return new Actor(person, null);
        }
        Account account = context.accounts().service().account(person.id()).filter(a -> a.login() != null)
                .orElseThrow(() -> new DomainException(Problem.of("problem.cli.noAccount", person.name())));
        char[] password = password(main.environment(), System.console(),
                main.messages().get("cli.login.prompt", account.name(), account.login()));
        if (password == null) {
            throw new DomainException(Problem.of("problem.cli.passwordNeeded", account.name(), PASSWORD_ENV));
        }
        context.accounts().service().confirm(person.id(), password);
        if (account.passwordChangeRequired() && !ownPasswordChange) {
            throw new DomainException(Problem.of("problem.cli.mustChangePassword", account.name(), account.login()));
        }
        Person checked = account.person();
        context.core().currentUser().logIn(checked);
        return new Actor(checked, password);
    }

    static char[] password(Map<String, String> env, Console console, String prompt) {
        String fromEnv = env.get(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        return console == null ? null : console.readPassword("%s", prompt);
    }

    /** A person by name, login or id (also one without a login, so the refusal can name them). */
    static Person person(AppContext context, String text) {
        List<Account> match = context.accounts().service().accounts().stream()
                .filter(a -> a.name().equals(text) || text.equalsIgnoreCase(a.login()) || a.id().toString().equalsIgnoreCase(text))
                .toList();
        if (match.size() == 1) {
            return match.get(0).person();
        }
        List<Person> people = context.core().reference().people().stream()
                .filter(p -> p.name().equals(text) || p.id().toString().equalsIgnoreCase(text)).toList();
        if (people.size() != 1) {
            throw new DomainException(Problem.of(match.size() + people.size() > 1 ? "problem.cli.ambiguousPerson"
                    : "problem.cli.unknownPerson", text));
        }
        return people.get(0);
    }
}
