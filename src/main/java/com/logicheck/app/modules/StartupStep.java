package com.logicheck.app.modules;

/**
 * One piece of work opening a data folder does to it before anything is shown, named so the composition root runs
 * the steps visibly and in order (instead of a constructor doing them on the side) and a measurement can name them.
 */
public record StartupStep(String name, Runnable work) {

    public void run() {
        work.run();
    }
}
