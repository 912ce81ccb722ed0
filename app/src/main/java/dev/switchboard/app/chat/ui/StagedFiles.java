package dev.switchboard.app.chat.ui;

import dev.switchboard.app.platform.PngEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Pictures (a screenshot) and files pasted into a chat's message box: they wait above the input
 * until the agent sends them with the next message or takes them away, so that a paste never goes
 * to the visitor unseen. The list changes on the FX thread; reading and encoding run in the background.
 */
public final class StagedFiles {

    private static final DateTimeFormatter PASTED_AT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A file waiting to be sent: its name and content. */
    public record StagedFile(String name, byte[] content) {
    }

    /** How sending went: what could not be sent (and waits again), whether the text went, and why it stopped. */
    record Outcome(List<StagedFile> unsent, boolean textSent, Throwable failure) {
    }

    private final ChatsContext context;
    private final Consumer<String> problem;
    private final ObservableList<StagedFile> files = FXCollections.observableArrayList();

    /** @param problem shows why a pasted file could not be read */
    StagedFiles(ChatsContext context, Consumer<String> problem) {
        this.context = context;
        this.problem = problem;
    }

    public ObservableList<StagedFile> files() {
        return files;
    }

    /** A pasted picture, as pixels (ARGB, row by row); it waits as a PNG named after the time of the paste. */
    public void stagePicture(int[] argb, int width, int height) {
        String name = context.texts().i18n().get("chat.paste.fileName", PASTED_AT.format(ZonedDateTime.now(context.texts().zone())));
        // encoding a screenshot takes a moment: off the FX thread
        CompletableFuture.supplyAsync(() -> PngEncoder.encode(argb, width, height), context.io())
                .thenAcceptAsync(png -> files.add(new StagedFile(name, png)), context.fx());
    }

    /** Pasted files (copied in a file manager). */
    public void stageFiles(List<Path> paths) {
        for (Path path : paths) {
            CompletableFuture.supplyAsync(() -> read(path), context.io()).whenCompleteAsync((bytes, failure) -> {
                if (failure != null) {
                    problem.accept(context.texts().uploadFailure(failure) + " (" + path.getFileName() + ")");
                } else {
                    files.add(new StagedFile(path.getFileName().toString(), bytes));
                }
            }, context.fx());
        }
    }

    public void remove(StagedFile file) {
        files.remove(file);
    }

    /**
     * Sends the waiting files one after the other, {@code text} as the last one's caption (a note
     * goes on its own after them, files are never notes). They leave the list now; what could not be
     * sent comes back when sending stops. Completes on the FX thread, never exceptionally.
     */
    CompletableFuture<Outcome> sendAll(long conversationId, String text, boolean asNote) {
        List<StagedFile> sending = List.copyOf(files);
        files.clear();
        List<StagedFile> unsent = new ArrayList<>(sending);
        boolean[] textSent = {text.isEmpty()};
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int i = 0; i < sending.size(); i++) {
            StagedFile file = sending.get(i);
            boolean withText = i == sending.size() - 1 && !asNote;
            // one after the other, so that they arrive in the order they were pasted; each step runs after the one before
            chain = chain.thenCompose(ok -> context.chats().sendFile(conversationId, file.name(), file.content(), withText ? text : ""))
                    .thenRun(() -> {
                        unsent.remove(file);
                        textSent[0] |= withText;
                    });
        }
        if (asNote && !text.isEmpty()) {
            chain = chain.thenCompose(ok -> context.chats().send(conversationId, text, true)).thenRun(() -> textSent[0] = true);
        }
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        chain.whenCompleteAsync((ok, failure) -> {
            files.addAll(0, unsent);
            outcome.complete(new Outcome(List.copyOf(unsent), textSent[0], failure));
        }, context.fx());
        return outcome;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
