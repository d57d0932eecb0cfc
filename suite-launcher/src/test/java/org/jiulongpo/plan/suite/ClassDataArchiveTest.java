package org.jiulongpo.plan.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive is recorded by a run that stops politely, adopted only then, and used
 * by the next start: proved with a real JVM and {@code -Xshare:on}, which refuses to start when
 * the archive it is given cannot be mapped.
 */
class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aPoliteStopRecordsAnArchiveThatTheNextStartMaps() throws Exception {
        Path jar = stubServiceJar(dir.resolve("quarkus-app/quarkus-run.jar"));
        ServiceProcess instance = new ServiceProcess("stub", jar, 1, 2, dir.resolve("run"), dir.resolve("logs"));
        ClassDataArchive archive = new ClassDataArchive(jar, dir.resolve("run"));
        assertThat(archive.usable()).isFalse();
        assertThat(archive.jvmOptions("stub")).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
        // each suite records into its own run directory, so two suites never write one file
        assertThat(archive.recording("stub").getParent()).isEqualTo(dir.resolve("run"));
        assertThat(new ClassDataArchive(jar, dir.resolve("other-suite/run")).recording("stub"))
                .isNotEqualTo(archive.recording("stub"));

        instance.start(Map.of(), List.of());
        awaitLine(instance.logFile(), "up");
        assertThat(instance.stop(Duration.ofSeconds(30))).isTrue();

        assertThat(archive.usable()).isTrue();
        assertThat(Files.size(archive.archive())).isPositive();
        assertThat(archive.recording("stub")).doesNotExist();
        assertThat(archive.jvmOptions("stub")).containsExactly("-XX:SharedArchiveFile=" + archive.archive());

        // -Xshare:on makes an unusable archive fatal: reaching "up" again proves it was mapped
        Files.writeString(instance.logFile(), "");
        instance.start(Map.of(), List.of("-Xshare:on"));
        awaitLine(instance.logFile(), "up");
        instance.kill();
        assertThat(archive.usable()).isTrue();
    }

    @Test
    void aKilledRecordingIsDiscardedAndANewerJarMakesTheArchiveStale() throws Exception {
        Path jar = stubServiceJar(dir.resolve("quarkus-app/quarkus-run.jar"));
        ServiceProcess instance = new ServiceProcess("stub", jar, 1, 2, dir.resolve("run"), dir.resolve("logs"));
        ClassDataArchive archive = new ClassDataArchive(jar, dir.resolve("run"));

        instance.start(Map.of(), List.of());
        awaitLine(instance.logFile(), "up");
        instance.kill();
        assertThat(archive.recording("stub")).doesNotExist();
        assertThat(archive.archive()).doesNotExist();

        Files.writeString(archive.archive(), "an archive of an older build");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(archive.usable()).isFalse();
        assertThat(archive.jvmOptions("stub")).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
    }

    @Test
    void nativeHeapTrimmingIsOnlyAskedOfJvmsThatHaveIt() {
        assertThat(Suite.canTrimNativeHeap(Runtime.Version.parse("17.0.8"))).isFalse();
        assertThat(Suite.canTrimNativeHeap(Runtime.Version.parse("17.0.9"))).isTrue();
        assertThat(Suite.canTrimNativeHeap(Runtime.Version.parse("19.0.2"))).isFalse();
        assertThat(Suite.canTrimNativeHeap(Runtime.Version.parse("21"))).isFalse();
        assertThat(Suite.canTrimNativeHeap(Runtime.Version.parse("21.0.1"))).isTrue();
        assertThat(Suite.canTrimNativeHeap(Runtime.Version.parse("25.0.3"))).isTrue();
    }

    /** A runnable jar holding only {@link SleepingMain}. */
    private static Path stubServiceJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, SleepingMain.class.getName());
        String entry = SleepingMain.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = SleepingMain.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        // the archive must be newer than the jar: leave the file system's clock a tick behind
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(5)));
        return jar;
    }

    private static void awaitLine(Path log, String line) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Files.exists(log) || !Files.readAllLines(log).contains(line)) {
            assertThat(Instant.now()).as("waiting for '%s' in %s", line, log).isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
