package com.logicheck.ui.common;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Tells a keyboard-wedge scanner from a person typing (issue 16): a scanner types a label's code key after key,
 * each within {@link #GAP_NANOS} of the last, and ends with Enter; a person is slower. Characters that could begin
 * a code ({@code LC1-…}) are held back while they keep coming fast and keep the code's shape; when the burst ends
 * with Enter in the shape of a whole code it is a scan, and the held keys never reach the focused field. Otherwise
 * the held characters are given back (typed into the field after all). Pure: the caller passes the time of each
 * key, so a test drives it with a fake clock; {@link ScanFilter} feeds it from the scene.
 */
public final class WedgeScan {
    /**
     * The longest pause between two keys of a scan: scanners send 1–10 ms apart, a fast typist 80 ms or more; a busy
     * laptop delivers a scanner's keys up to tens of ms apart (seen under Xvfb with a loaded machine).
     */
    public static final long GAP_NANOS = 50_000_000L;
    /**
     * Once this many keys came fast in the code's shape no person is typing (nobody types {@code LC1-XXXX} at under
     * 50 ms a key): the rest of the burst may then pause up to {@link #SURE_GAP_NANOS}, as a busy laptop delivers it.
     */
    static final int SURE = 8;
    static final long SURE_GAP_NANOS = 300_000_000L;
    static final String PREFIX = "LC1-";
    private static final int LONGEST = 100;
    private final StringBuilder held = new StringBuilder();
    private long last;

    /** What to do with a key: hold it (consume), or let it through after giving back {@code release}. */
    public record Step(boolean consume, String release, String scanned) {
        static final Step PASS = new Step(false, "", null);

        static Step hold() {
            return new Step(true, "", null);
        }
    }

    /** A typed character at {@code nanos}. */
    public Step typed(char c, long nanos) {
        String release = "";
        if (held.length() > 0 && (nanos - last > patienceNanos() || !fits(held.toString() + c))) {
            release = take();
        }
        if (held.length() == 0 && !fits(String.valueOf(c))) {
            return new Step(false, release, null);
        }
        held.append(c);
        last = nanos;
        return new Step(true, release, null);
    }

    /** Enter at {@code nanos}: a scan when the held burst is a whole code and came fast; else the held keys back. */
    public Step enter(long nanos, Predicate<String> wholeCode) {
        if (held.length() == 0) {
            return Step.PASS;
        }
        long patience = patienceNanos();
        String burst = take();
        if (nanos - last <= patience && wholeCode.test(burst)) {
            return new Step(true, "", burst);
        }
        return new Step(false, burst, null);
    }

    /** The pause timer ran out ({@code nanos}): held keys that no scanner would leave waiting go back. */
    public String timeout(long nanos) {
        return held.length() > 0 && nanos - last > patienceNanos() ? take() : "";
    }

    /** The character the held key typed after all (a KEY_TYPED after its KEY_PRESSED: case and layout as typed). */
    public void typedAs(char c) {
        if (held.length() > 0) {
            held.setCharAt(held.length() - 1, c);
        }
    }

    /** How long the held keys may wait for the next one: short at first, longer once the burst is surely a scan. */
    public long patienceNanos() {
        return held.length() >= SURE ? SURE_GAP_NANOS : GAP_NANOS;
    }

    /** Whether keys are held back now. */
    public boolean holding() {
        return held.length() > 0;
    }

    private String take() {
        String s = held.toString();
        held.setLength(0);
        return s;
    }

    /** Whether {@code text} can still become a code: the prefix so far, then code characters, not too long. */
    static boolean fits(String text) {
        String t = text.toUpperCase(Locale.ROOT);
        if (t.length() > LONGEST) {
            return false;
        }
        if (t.length() <= PREFIX.length()) {
            return PREFIX.startsWith(t);
        }
        for (int i = PREFIX.length(); i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '-')) {
                return false;
            }
        }
        return t.startsWith(PREFIX);
    }
}
