package org.jiulongpo.plan.suite;

/** A stand-in service for {@link ClassDataArchiveTest}: loads a few classes, then waits for SIGTERM. */
public final class SleepingMain {

    public static void main(String[] args) throws Exception {
        // some classes beyond the JDK's default archive, so that the dynamic archive has content
        new java.util.concurrent.ConcurrentSkipListMap<String, String>().put("a", "b");
        java.time.format.DateTimeFormatter.ISO_INSTANT.format(java.time.Instant.now());
        System.out.println("up");
        Thread.sleep(60_000);
    }
}
