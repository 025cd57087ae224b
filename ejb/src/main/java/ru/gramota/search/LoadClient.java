package ru.gramota.search;

import java.util.Arrays;
import java.util.function.IntConsumer;

/** One client of {@link SearchBenchmark}: runs the mix in turn until the end, timing what follows the warm-up. */
final class LoadClient implements Runnable {

    private final IntConsumer request;
    private final int mixSize;
    private final int first;
    private final long warmUpEnd;
    private final long end;
    private long[] latencies = new long[0];
    private volatile RuntimeException failure;

    /**
     * @param request runs the request of that index of the mix
     * @param first the client's first index in the mix, so that clients do not all ask the same at once
     * @param warmUpEnd {@link System#nanoTime()} from which requests are timed
     * @param end {@link System#nanoTime()} after which no request starts
     */
    LoadClient(IntConsumer request, int mixSize, int first, long warmUpEnd, long end) {
        this.request = request;
        this.mixSize = mixSize;
        this.first = first;
        this.warmUpEnd = warmUpEnd;
        this.end = end;
    }

    @Override
    public void run() {
        long[] measured = new long[1 << 14];
        int n = 0;
        try {
            for (int i = first; ; i++) {
                long began = System.nanoTime();
                if (began >= end) {
                    break;
                }
                request.accept(i % mixSize);
                if (began >= warmUpEnd) {
                    if (n == measured.length) {
                        measured = Arrays.copyOf(measured, n * 2);
                    }
                    measured[n++] = System.nanoTime() - began;
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        latencies = Arrays.copyOf(measured, n);
    }

    /** The nanoseconds of each timed request, once {@link #run} has returned. */
    long[] latencies() {
        return latencies;
    }

    /** What stopped the client, or null. */
    RuntimeException failure() {
        return failure;
    }

    /** The percentile of sorted nanosecond latencies, in milliseconds (nearest rank); 0 for none. */
    static double percentileMillis(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
