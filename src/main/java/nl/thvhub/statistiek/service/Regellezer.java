package nl.thvhub.statistiek.service;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads an import file line by line in constant memory: a line longer than the bound is not held but skipped to its
 * end and reported as too long, so one huge line costs one rejected line instead of the heap.
 * {@link java.io.BufferedReader#readLine()} would read it whole.
 */
final class Regellezer {

    /** One line: its text, or none when it was longer than the bound ({@code teLang}). */
    record Regel(String tekst, boolean teLang) {
    }

    private final Reader in;
    private final int max;
    private final char[] buffer = new char[8192];
    private final StringBuilder regel = new StringBuilder();
    private int positie;
    private int lengte;

    Regellezer(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}); null at the end of the input. */
    Regel volgende() throws IOException {
        regel.setLength(0);
        boolean teLang = false;
        boolean gelezen = false;
        while (true) {
            if (positie == lengte) {
                lengte = Math.max(in.read(buffer), 0);
                positie = 0;
                if (lengte == 0) {
                    return gelezen ? af(teLang) : null;
                }
            }
            gelezen = true;
            int begin = positie;
            while (positie < lengte && buffer[positie] != '\n') {
                positie++;
            }
            int n = positie - begin;
            if (!teLang) {
                // one more than the bound may be a '\r' before the '\n'
                if (regel.length() + n > max + 1) {
                    teLang = true;
                    regel.setLength(0);
                } else {
                    regel.append(buffer, begin, n);
                }
            }
            if (positie < lengte) {
                positie++;
                return af(teLang);
            }
        }
    }

    private Regel af(boolean teLang) {
        if (teLang) {
            return new Regel(null, true);
        }
        int eind = regel.length();
        if (eind > 0 && regel.charAt(eind - 1) == '\r') {
            eind--;
        }
        if (eind > max) {
            return new Regel(null, true);
        }
        return new Regel(regel.substring(0, eind), false);
    }
}
