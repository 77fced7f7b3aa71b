package nl.thvhub.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;

/**
 * A request body read into a model (JSON) may be at most {@value #MAX} bytes; only the bulk import, which streams its
 * body to a file and never holds it in memory, reads more (the HTTP server's own limit is set for it). Beyond the limit
 * the request is refused with 413 before the body is parsed any further.
 */
@Provider
public class Invoergrens implements ReaderInterceptor {

    /** The largest body read into a model. */
    public static final int MAX = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() != InputStream.class) {
            context.setInputStream(new Begrensd(context.getInputStream()));
        }
        return context.proceed();
    }

    /** Counts what is read and stops at the limit. */
    private static final class Begrensd extends FilterInputStream {

        private long gelezen;

        Begrensd(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            tel(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            tel(Math.max(n, 0));
            return n;
        }

        private void tel(int n) {
            gelezen += n;
            if (gelezen > MAX) {
                throw new ProblemException(Problem.of(413, "Verzoek te groot",
                        "Een verzoek is hoogstens " + MAX / 1024 + " KiB; grote bestanden gaan via de import."));
            }
        }
    }
}
