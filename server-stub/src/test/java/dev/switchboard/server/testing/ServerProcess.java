package dev.switchboard.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The backend in a JVM of its own, started through {@code Main}, so tests can kill it for real. */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final Path dataDir;
    private final Thread reader;

    private ServerProcess(Process process, Path dataDir) {
        this.process = process;
        this.dataDir = dataDir;
        reader = new Thread(this::readOutput, "server-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code Main --port 0 --data DIR} with no demo data and no preset admin password. */
    public static ServerProcess start(Path dataDir) throws IOException {
        return start(dataDir, 0);
    }

    /**
     * Starts {@code Main --port PORT --data DIR} and any further options (e.g. {@code --demo});
     * a restart after {@link #kill()} passes the port the first process got, as clients know it.
     * On the folder's PostgreSQL database when the tests run on PostgreSQL (see {@link TestDatabases}).
     */
    public static ServerProcess start(Path dataDir, int port, String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp", System.getProperty("java.class.path"), "dev.switchboard.server.Main", "--port", Integer.toString(port), "--data", dataDir.toString()));
        TestDatabases.jdbcUrl(dataDir).ifPresent(url -> command.addAll(List.of("--db", url)));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("SWITCHBOARD_"));
        builder.redirectErrorStream(true);
        return new ServerProcess(builder.start(), dataDir);
    }

    public int awaitPort() {
        return port.orTimeout(60, TimeUnit.SECONDS).join();
    }

    /** The first admin's password, which the first start of an empty database writes to the data folder. */
    public String awaitAdminPassword() throws IOException {
        awaitPort();
        Path file = dataDir.resolve("initial-admin-password");
        if (!Files.exists(file)) {
            throw new AssertionError("no " + file + "; the backend said: " + output);
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    /** SIGKILL: no shutdown hook, no flush, nothing the process could do. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then waits for the process to end by itself; answers its exit code. */
    public int terminate() throws InterruptedException, IOException {
        // kill(1) rather than Process.destroy(): the same SIGTERM an operator or a service manager sends
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the backend did not stop within 30 s of SIGTERM");
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /** Makes sure no backend outlives a failed test. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    port.complete(Integer.parseInt(listening.group(1)));
                }
            }
        } catch (IOException e) {
            // the process ended
        } finally {
            port.completeExceptionally(new AssertionError("the backend ended before listening: " + output));
        }
    }
}
