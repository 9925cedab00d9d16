package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.AccountRepository.Account;
import com.logicheck.service.AccountService;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code logicheck user add|list|passwd|role|deactivate|activate}: accounts for scripted setups (ADR 0013). Changes
 * need a 管理员's password ({@code --as}, else the current user) once an account exists; the very first account, a
 * 管理员, needs none. New passwords come from {@value #NEW_PASSWORD_ENV} or are asked twice on the console.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class,
            UserCommand.SetRole.class, UserCommand.Deactivate.class, UserCommand.Activate.class})
final class UserCommand extends CommandGroup {
    static final String NEW_PASSWORD_ENV = "LOGICHECK_NEW_PASSWORD";

    static Role role(String text) {
        String t = text == null ? "" : text.strip();
        Messages zh = Messages.forLanguage("zh");
        Messages en = Messages.forLanguage("en");
        for (Role r : new Role[] {Role.INSPECTOR, Role.SUPERVISOR, Role.ADMIN}) {
            if (r.name().equalsIgnoreCase(t) || zh.label(r).equals(t) || en.label(r).equalsIgnoreCase(t)) {
                return r;
            }
        }
        throw new DomainException(Problem.of("problem.cli.role", t));
    }

    /** The new password: the environment variable, else typed twice on the console, else refused. */
    static char[] newPassword(Main main, Messages messages) {
        Map<String, String> env = main.environment();
        String fromEnv = env.get(NEW_PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new DomainException(Problem.of("problem.cli.newPasswordNeeded", NEW_PASSWORD_ENV));
        }
        char[] first = console.readPassword("%s", messages.get("cli.user.newPassword"));
        char[] second = console.readPassword("%s", messages.get("cli.user.repeatPassword"));
        AccountService.requireSame(first, second);
        return first;
    }

    static Account target(AppContext context, String text) {
        Person p = CliLogin.person(context, text.strip());
        return context.accounts().service().account(p.id())
                .orElseThrow(() -> new DomainException(Problem.of("problem.cli.unknownPerson", text)));
    }

    abstract static class Sub implements Callable<Integer> {
        @Mixin
        Invocation run;
        @Option(names = "--as", paramLabel = "ADMIN")
        String as;

        abstract String run(AppContext context, Messages messages);

        @Override
        public Integer call() {
            Messages messages = run.messages();
            PrintWriter out = run.out();
            try (AppContext context = run.open()) {
                out.println(run(context, messages));
            }
            out.flush();
            return 0;
        }

        UUID actor(AppContext context) {
            return run.actor(context, as).id();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Sub {
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--login", required = true)
        String login;
        @Option(names = "--role", required = true)
        String role;
        @Option(names = "--organisation")
        String organisation;

        @Override
        String run(AppContext context, Messages messages) {
            Role r = role(role);
            boolean first = !context.accounts().service().logInRequired();
            if (context.core().reference().organisation().isEmpty()) {
                if (organisation == null || organisation.isBlank()) {
                    throw new DomainException(Problem.of("problem.cli.organisationNeeded"));
                }
                context.core().reference().createOrganisation(organisation.strip());
            }
            UUID actor = first ? null : actor(context);
            Person p = context.accounts().service().create(actor,
                    new AccountService.NewAccount(name, login, newPassword(run.main(), messages), r));
            return messages.get("cli.user.added", p.name(), AccountService.login(login), messages.label(r));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers extends Sub {
        @Override
        String run(AppContext context, Messages messages) {
            StringBuilder b = new StringBuilder();
            for (Account a : context.accounts().service().accounts()) {
                b.append(messages.get("cli.user.line", a.name(), a.login() == null ? "-" : a.login(),
                        messages.label(a.role()), messages.get(a.active() ? "users.active" : "users.inactive")))
                        .append(System.lineSeparator());
            }
            return b.toString().stripTrailing();
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true)
    static final class Passwd extends Sub {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String who;

        @Override
        String run(AppContext context, Messages messages) {
            Account target = target(context, who);
            // a person with a temporary password may change their own, and nothing else (ADR 0025)
            CliLogin.Actor actor = CliLogin.checked(run.main(), context, as, true);
            boolean temporary = context.accounts().service().passwordChangeRequired(actor.person().id());
            if (!actor.person().id().equals(target.id()) && temporary) {
                throw new DomainException(Problem.of("problem.cli.mustChangePassword", actor.person().name(),
                        context.accounts().service().account(actor.person().id()).map(Account::login).orElse("")));
            }
            char[] fresh = newPassword(run.main(), messages);
            if (actor.person().id().equals(target.id())) {
                if (temporary && Arrays.equals(fresh, actor.password())) {
                    throw new DomainException(Problem.of("problem.account.sameAsGiven"));
                }
                context.accounts().service().changePassword(target.id(), actor.password(), fresh, fresh);
                return messages.get("account.password.changed");
            }
            context.accounts().service().resetPassword(actor.person().id(), target.id(), fresh);
            return messages.get("users.reset", target.name());
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true)
    static final class SetRole extends Sub {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String who;
        @Parameters(index = "1", paramLabel = "ROLE")
        String role;

        @Override
        String run(AppContext context, Messages messages) {
            Account target = target(context, who);
            Role r = role(role);
            context.accounts().service().changeRole(actor(context), target.id(), r);
            return messages.get("users.roleChanged", target.name(), messages.label(r));
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true)
    static final class Deactivate extends Sub {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String who;

        @Override
        String run(AppContext context, Messages messages) {
            Account target = target(context, who);
            context.accounts().service().deactivate(actor(context), target.id());
            return messages.get("users.deactivated", target.name());
        }
    }

    @Command(name = "activate", mixinStandardHelpOptions = true)
    static final class Activate extends Sub {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String who;

        @Override
        String run(AppContext context, Messages messages) {
            Account target = target(context, who);
            context.accounts().service().reactivate(actor(context), target.id());
            return messages.get("users.reactivated", target.name());
        }
    }
}
