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

    private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

    private final Process process;
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final long startedNanos = System.nanoTime();
    private volatile long listeningNanos;

    private BackendProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "backend-output");
        reader.setDaemon(true);
        reader.start();
    }

    static BackendProcess start(Path jar, String heap, List<String> extraArgs) throws IOException {
        Path data = Files.createTempDirectory("switchboard-bench");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx" + heap));
        // extra JVM options for the backend, e.g. -Dbench.backendJvm="-Xlog:gc:file=/tmp/gc.log"
        String extra = System.getProperty("bench.backendJvm", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--demo", "--port", "0", "--data", data.toString()));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        return new BackendProcess(builder.start());
    }

    int awaitPort() {
        return port.orTimeout(120, TimeUnit.SECONDS).join();
    }

    /** Milliseconds from process launch to the "listening" line: a cold start, JVM included. */
    double startMillis() {
        awaitPort();
        return (listeningNanos - startedNanos) / 1e6;
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
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
