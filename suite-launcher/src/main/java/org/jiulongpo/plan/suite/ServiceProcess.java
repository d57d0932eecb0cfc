package org.jiulongpo.plan.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One service instance run as a separate JVM from its packaged {@code quarkus-app}, with a pid
 * file so that a later command can find it, and a log file. Nothing but the pid it wrote is
 * ever signalled.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path appJar;
    private final int port;
    private final int managementPort;
    private final Path pidFile;
    private final Path logFile;
    private final ClassDataArchive classData;

    public ServiceProcess(String name, Path appJar, int port, int managementPort, Path runDir, Path logDir) {
        this.name = name;
        this.appJar = appJar;
        this.port = port;
        this.managementPort = managementPort;
        this.pidFile = runDir.resolve(name + ".pid");
        this.logFile = logDir.resolve(name + ".log");
        this.classData = new ClassDataArchive(appJar, runDir);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** Where its health and metrics answer (the management interface; the API port has neither). */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** The running process this instance started, if it is still alive. */
    public Optional<ProcessHandle> running() {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    // a recycled pid belongs to someone else: only our java with our jar counts
                    .filter(p -> p.info().commandLine().map(c -> c.contains(appJar.getFileName().toString())
                            || c.contains(appJar.toString())).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public ProcessHandle start(Map<String, String> environment, List<String> jvmOptions) throws IOException {
        if (!Files.exists(appJar)) {
            throw new IOException(appJar + " is missing: build with ./mvnw package -DskipTests");
        }
        Files.createDirectories(pidFile.getParent());
        Files.createDirectories(logFile.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(classData.jvmOptions(name));
        command.add("-jar");
        command.add(appJar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        // glibc's per-thread malloc arenas cost resident memory and buy nothing here (docs/performance.md)
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        Process process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        return process.toHandle();
    }

    /** True when {@code /q/health/ready} on the management interface answers 200. */
    public boolean isReady() {
        return status(managementUrl() + "/q/health/ready") == 200;
    }

    /** The HTTP status of a GET of {@code url}, or -1 when it does not answer. */
    private static int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Stops the process politely (SIGTERM), then forcibly after {@code grace}. */
    public boolean stop(Duration grace) throws IOException {
        Optional<ProcessHandle> process = running();
        if (process.isPresent()) {
            ProcessHandle handle = process.get();
            handle.destroy();
            boolean exited;
            try {
                handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
                exited = true;
            } catch (Exception e) {
                exited = false;
            }
            if (exited) {
                // it shut down by itself: whatever class-data archive it recorded is complete
                classData.adopt(name);
            } else {
                handle.destroyForcibly();
                classData.discard(name);
            }
        }
        Files.deleteIfExists(pidFile);
        return process.isPresent();
    }

    /** Kills the process at once (SIGKILL), as a crash would. */
    public void kill() throws IOException {
        running().ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
        Files.deleteIfExists(pidFile);
        classData.discard(name);
    }
}
