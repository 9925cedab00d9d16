package com.logicheck.app;

import com.logicheck.domain.org.Person;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command the current user runs on the data folder (修订, 签字, 信任): open the folder, resolve the user (password
 * checked, before anything else is read), run the use case, close the folder. Written once, so a subclass holds
 * only its own options and its use case.
 */
abstract class CurrentUserCommand implements Callable<Integer> {
    @Mixin
    Invocation run;

    @Override
    public final Integer call() {
        try (AppContext context = run.open()) {
            act(context, run.actor(context, null));
        }
        return ExitCode.DONE;
    }

    /** The use case, done by {@code actor} on the open folder. */
    abstract void act(AppContext context, Person actor);
}
