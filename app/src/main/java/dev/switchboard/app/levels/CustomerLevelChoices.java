package dev.switchboard.app.levels;

import dev.switchboard.shared.levels.CustomerLevel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer levels administrators configured, as every part of the workstation that lets staff
 * pick a level offers them (the routing rules' condition, the push panel's segment): read when the
 * session has caught up with the change log and again after each {@code customer_level} change, so
 * a level an admin adds is offered at once. One per session; the lists change on the FX thread only.
 * Not kept in the cache: offline, the levels read last in this session stay offered (none after a
 * start offline), and the fields that take a level still take typed text.
 */
public final class CustomerLevelChoices {

    private final CustomerLevelsApi api;
    private final Executor fx;
    private final ObservableList<CustomerLevel> levels = FXCollections.observableArrayList();
    private final ObservableList<String> names = FXCollections.observableArrayList();

    CustomerLevelChoices(CustomerLevelsApi api, Executor fx) {
        this.api = api;
        this.fx = fx;
    }

    /** The levels in the administrators' order. */
    public ObservableList<CustomerLevel> levels() {
        return FXCollections.unmodifiableObservableList(levels);
    }

    /** Their names, in the same order: the items of a level field. */
    public ObservableList<String> names() {
        return FXCollections.unmodifiableObservableList(names);
    }

    /** Reads the levels again; a failure (offline) keeps those read before and is answered for whoever shows it. */
    CompletableFuture<List<CustomerLevel>> reload() {
        return api.list().whenCompleteAsync((list, failure) -> {
            if (failure == null && !list.equals(levels)) {
                levels.setAll(list);
                names.setAll(list.stream().map(CustomerLevel::name).toList());
            }
        }, fx);
    }
}
