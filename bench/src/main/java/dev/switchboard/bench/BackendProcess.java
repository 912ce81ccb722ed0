package dev.switchboard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The backend's runnable jar in a process of its own, as operators run it, with a fresh data folder. */
final class BackendProcess implements AutoCloseable {

    private static final String GC_LOG = "gc.log";
    private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

    private final Process process;
    private final Path data;
    private final boolean deleteData;
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final long startedNanos = System.nanoTime();
    private volatile long listeningNanos;

    private BackendProcess(Process process, Path data, boolean deleteData) {
        this.process = process;
        this.data = data;
        this.deleteData = deleteData;
        Thread reader = new Thread(this::read, "backend-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the backend on a new data folder, with its GC pauses logged to {@link #gcLog()}. */
    static BackendProcess start(Path jar, String heap, List<String> extraArgs) throws IOException {
        return start(jar, heap, Files.createTempDirectory("switchboard-bench"), true, extraArgs);
    }

    /**
     * Starts the backend on the data folder {@code data}, which may hold a database already (the
     * history benchmark seeds one first); {@code deleteData}: whether the folder goes with the process.
     */
    static BackendProcess start(Path jar, String heap, Path data, boolean deleteData, List<String> extraArgs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx" + heap,
                "-Xlog:gc:file=" + data.resolve(GC_LOG) + "::filecount=0"));
        // extra JVM options for the backend, e.g. -Dbench.backendJvm="-Xlog:gc:file=/tmp/gc.log"
        String extra = System.getProperty("bench.backendJvm", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--demo", "--port", "0", "--data", data.toString()));
        // thousands of visitors from this one machine: the per-address limits against floods would cut them
        command.addAll(List.of("--visitor-sockets-per-address", "0", "--chat-starts-per-address", "0", "--waiting-chats-per-address", "0"));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        return new BackendProcess(builder.start(), data, deleteData);
    }

    int awaitPort() {
        return port.orTimeout(120, TimeUnit.SECONDS).join();
    }

    /** Milliseconds from process launch to the "listening" line: a cold start, JVM included. */
    double startMillis() {
        awaitPort();
        return (listeningNanos - startedNanos) / 1e6;
    }

    /** The backend's GC log ({@code -Xlog:gc}), read by {@link ProcessStats#pausesSince}. */
    Path gcLog() {
        return data.resolve(GC_LOG);
    }

    long pid() {
        return process.pid();
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    listeningNanos = System.nanoTime();
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            // process ended
        } finally {
            port.completeExceptionally(new IllegalStateException("the backend ended before listening"));
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        if (deleteData) {
            deleteData();
        } else {
            Files.deleteIfExists(gcLog());
        }
    }

    /** A benchmark's database grows to hundreds of megabytes: it goes with the process. */
    private void deleteData() {
        try (java.util.stream.Stream<Path> files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + data + ": " + e);
        }
    }

    /**
     * Waits until the backend has caught up with what it was sent: less than a fifth of a core
     * used over a second (at most a minute), so that a measurement starts on a settled backend.
     */
    void awaitQuiet() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        double before = ProcessStats.cpuSeconds(pid());
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            double now = ProcessStats.cpuSeconds(pid());
            if (now - before < 0.2) {
                return;
            }
            before = now;
        }
    }
}
