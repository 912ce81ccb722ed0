package dev.switchboard.app.imports;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.imports.ImportReport;
import dev.switchboard.shared.imports.ImportRow;
import dev.switchboard.shared.problem.FieldError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Import / export section: which kind of data, the file to import and its preview (every row
 * with what it would do and its errors, as the server read it), the import of exactly the bytes
 * previewed, and exports saved into a folder. Nothing is written unless the preview had no error.
 * FX thread; files are read and written on the I/O executor.
 */
final class ImportsViewModel {

    private final ImportsApi api;
    private final Executor fx;
    private final Executor io;
    private final Clock clock;
    private final I18n i18n;
    private final List<ImportKind> kinds;
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>();
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty exportFolder = new SimpleStringProperty("");
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ImportReport> preview = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final FormErrors errors;
    private final ImportFileWords fileWords;
    private final BooleanBinding canImport;
    /** The bytes the preview was made of: what an import sends, whatever happens to the file meanwhile. */
    private byte[] previewed;
    private int generation;

    ImportsViewModel(ImportsApi api, Role role, Executor fx, Executor io, Clock clock, I18n i18n, Path defaultExportFolder) {
        this.api = api;
        this.fx = fx;
        this.io = io;
        this.clock = clock;
        this.i18n = i18n;
        this.errors = new FormErrors(i18n);
        this.fileWords = new ImportFileWords(i18n);
        this.kinds = Arrays.stream(ImportKind.values()).filter(each -> each.allowedFor(role)).toList();
        kind.set(kinds.get(0));
        exportFolder.set(defaultExportFolder.toString());
        canImport = Bindings.createBooleanBinding(() -> !busy.get() && preview.get() != null && !preview.get().hasErrors()
                && !preview.get().written() && preview.get().created() + preview.get().updated() > 0, busy, preview);
        // another kind or file: the preview no longer says what an import would do
        kind.addListener((observable, before, now) -> forgetPreview());
        file.addListener((observable, before, now) -> forgetPreview());
    }

    /** Reads the file and asks the server what each row would do. */
    void preview() {
        String path = file.get() == null ? "" : file.get().strip();
        if (path.isEmpty()) {
            errors.show(List.of(new FieldError("file", i18n.get("imports.fileMissing"))));
            return;
        }
        errors.clear();
        status.set(i18n.get("imports.reading"));
        busy.set(true);
        int mine = ++generation;
        ImportKind what = kind.get();
        CompletableFuture.supplyAsync(() -> read(Path.of(path)), io)
                .thenCompose(bytes -> api.importFile(what, bytes, true).thenApply(report -> new Previewed(bytes, report)))
                .whenCompleteAsync((done, failure) -> {
                    if (mine != generation) {
                        return;
                    }
                    busy.set(false);
                    status.set("");
                    if (failure != null) {
                        showFailure(failure, "file", "imports.fileUnreadable");
                        return;
                    }
                    previewed = done.bytes();
                    show(done.report());
                }, fx);
    }

    /** Imports what was previewed: all rows, or none when the server finds an error now. */
    void importPreviewed() {
        if (!canImport.get()) {
            return;
        }
        busy.set(true);
        errors.clear();
        int mine = ++generation;
        api.importFile(kind.get(), previewed, false).whenCompleteAsync((report, failure) -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            if (failure != null) {
                showFailure(failure, "file", "imports.fileUnreadable");
                return;
            }
            show(report);
            status.set(i18n.get("imports.done", report.created(), report.updated()));
        }, fx);
    }

    /** Saves an export of the kind chosen into the export folder, as {@code <kind>-<date>.<format>}. */
    void export(String format) {
        errors.clear();
        Path target = Path.of(exportFolder.get().strip()).resolve(kind.get().fileName() + "-" + LocalDate.now(clock) + "." + format);
        busy.set(true);
        api.export(kind.get(), format)
                .thenApplyAsync(bytes -> write(target, bytes), io)
                .whenCompleteAsync((saved, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        showFailure(failure, "exportFolder", "imports.export.failed");
                    } else {
                        status.set(i18n.get("imports.export.saved", saved));
                    }
                }, fx);
    }

    private void show(ImportReport report) {
        preview.set(report);
        rows.setAll(report.rows());
        summary.set(i18n.get("imports.summary", report.created(), report.updated(), report.unchanged(), report.rejected())
                + (report.hasErrors() ? " " + i18n.get("imports.summary.errors") : ""));
    }

    /** A local file's trouble next to {@code field}, worded by {@code key}; the server's refusals as {@link FormErrors} show them. */
    private void showFailure(Throwable failure, String field, String key) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof LocalFileFailure local) {
            errors.show(List.of(new FieldError(field, i18n.get(key, local.getMessage()))));
        } else if (cause instanceof ProblemException refused && fileWords.words(refused).isPresent()) {
            errors.show(fileWords.words(refused).get());
        } else {
            errors.show(cause);
        }
    }

    private void forgetPreview() {
        generation++;
        previewed = null;
        preview.set(null);
        rows.clear();
        summary.set("");
        status.set("");
        busy.set(false);
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException | RuntimeException e) {
            throw new LocalFileFailure(e);
        }
    }

    private static Path write(Path target, byte[] bytes) {
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            return target;
        } catch (IOException e) {
            throw new LocalFileFailure(e);
        }
    }

    private record Previewed(byte[] bytes, ImportReport report) {
    }

    /** A local file that could not be read or written; its message names it. */
    private static final class LocalFileFailure extends RuntimeException {
        LocalFileFailure(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    List<ImportKind> kinds() {
        return kinds;
    }

    ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    StringProperty fileProperty() {
        return file;
    }

    StringProperty exportFolderProperty() {
        return exportFolder;
    }

    ObservableList<ImportRow> rows() {
        return rows;
    }

    BooleanBinding canImport() {
        return canImport;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    StringProperty summaryProperty() {
        return summary;
    }

    StringProperty statusProperty() {
        return status;
    }

    FormErrors errors() {
        return errors;
    }

    I18n i18n() {
        return i18n;
    }
}
