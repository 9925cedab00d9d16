package com.logicheck.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command made of sub-commands ({@code logicheck plans list|add|set|end}, {@code sync}, {@code survey}, …): run
 * without one, it prints its usage. Written once so a group holds only its sub-commands.
 */
abstract class CommandGroup implements Callable<Integer> {
    @Mixin
    Invocation run;

    @Override
    public final Integer call() {
        return run.usage();
    }
}
