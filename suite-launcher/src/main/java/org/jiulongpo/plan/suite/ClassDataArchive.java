package org.jiulongpo.plan.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A dynamic class-data-sharing archive (JDK 13+, {@code -XX:ArchiveClassesAtExit}) of one
 * packaged service: the classes its JVM loaded and linked, stored pre-parsed so that the next
 * start maps them instead of reading, parsing and verifying them again. Measured on the build
 * machine it takes about 0.9 s off a service's start (docs/performance.md).
 *
 * <p>The archive is recorded by an ordinary run, not a separate training step: while no archive
 * newer than the service's jar exists, an instance is started with {@code ArchiveClassesAtExit}
 * pointing at a file of its own in its suite's run directory (so two suites never write one
 * file); when that instance exits by itself after SIGTERM the JVM has written the file, and
 * {@link #adopt} moves it into place atomically. A run killed with
 * SIGKILL leaves nothing behind and the next start records again. The archive lives next to the
 * jar ({@code target/quarkus-app/}), so a new build discards it and every suite on the machine
 * (./suite, the system tests, bench/run) shares it. The JVM itself checks that the archive
 * matches the class path and each class's bytes and falls back to loading from the jar, with a
 * warning in the log, when it does not.
 *
 * <p>{@code SUITE_CDS=off} starts every JVM without an archive.
 */
final class ClassDataArchive {

    private final Path appJar;
    private final Path runDir;
    private final Path archive;

    ClassDataArchive(Path appJar, Path runDir) {
        this.appJar = appJar;
        this.runDir = runDir;
        // an archive belongs to one JVM build: key it by the runtime's version
        this.archive = appJar.resolveSibling("suite-cds-" + Runtime.version().toString().replaceAll("[^0-9A-Za-z.]", "_")
                + ".jsa");
    }

    static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getenv().getOrDefault("SUITE_CDS", "on"));
    }

    Path archive() {
        return archive;
    }

    /** True when an archive exists that was written after the jar was built. */
    boolean usable() {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(appJar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The file an instance records into before {@link #adopt} moves it into place. */
    Path recording(String instanceName) {
        return runDir.resolve(instanceName + ".jsa.recording");
    }

    /** The JVM options for the next start of {@code instanceName}: use the archive, or record one. */
    List<String> jvmOptions(String instanceName) {
        if (!enabled()) {
            return List.of();
        }
        if (usable()) {
            return List.of("-XX:SharedArchiveFile=" + archive);
        }
        // the dump at exit lists every class it skips (e.g. never linked) as a warning: not news
        return List.of("-XX:ArchiveClassesAtExit=" + recording(instanceName), "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off");
    }

    /**
     * After {@code instanceName} exited by itself: moves what it recorded into place. Does
     * nothing when it recorded nothing (it used the archive, or it was killed).
     */
    void adopt(String instanceName) throws IOException {
        Path recorded = recording(instanceName);
        if (Files.isRegularFile(recorded) && Files.size(recorded) > 0) {
            // next to the archive first (the run directory may be on another file system), then
            // renamed: a JVM starting meanwhile sees the old archive or the new one, never half
            Path staged = Files.createTempFile(archive.getParent(), archive.getFileName().toString(), ".staged");
            Files.move(recorded, staged, StandardCopyOption.REPLACE_EXISTING);
            Files.move(staged, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(recorded);
        }
    }

    /** After {@code instanceName} was killed or stopped forcibly: a half-written recording is worthless. */
    void discard(String instanceName) throws IOException {
        Files.deleteIfExists(recording(instanceName));
    }
}
