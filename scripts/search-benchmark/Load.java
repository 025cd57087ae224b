import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Clients that run a mix in turn, a warm-up and then the timed seconds, and the line of the table they make. */
final class Load {

    /** A line of the table. */
    record Line(String name, long requests, double p50, double p95, double p99, double perSecond) {}

    private Load() {}

    interface Request {
        String send(int index) throws Exception;
    }

    /** BENCH_CLIENTS threads run the mix in turn: the warm-up, then the timed seconds. */
    static Line run(String name, int mixSize, int clients, int warmUp, int seconds, Request request)
            throws Exception {
        long warmUpEnd = System.nanoTime() + warmUp * 1_000_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        List<long[]> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            long[][] mine = {new long[0]};
            results.add(null);
            int slot = c;
            Thread t = new Thread(() -> {
                long[] measured = new long[1 << 14];
                int n = 0;
                try {
                    for (int i = first; System.nanoTime() < end; i++) {
                        long began = System.nanoTime();
                        request.send(i % mixSize);
                        if (began >= warmUpEnd) {
                            if (n == measured.length) {
                                measured = Arrays.copyOf(measured, 2 * n);
                            }
                            measured[n++] = System.nanoTime() - began;
                        }
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
                synchronized (results) {
                    results.set(slot, Arrays.copyOf(measured, n));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        long[] all = results.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Line line = new Line(name, all.length, ms(all, 50), ms(all, 95), ms(all, 99), all.length / (double) seconds);
        System.out.printf(Locale.ROOT, "%s: %d requests, p50 %.1f ms, p95 %.1f ms, %.1f/s%n", name, line.requests(),
                line.p50(), line.p95(), line.perSecond());
        return line;
    }

    static double ms(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
