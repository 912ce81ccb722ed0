package dev.switchboard.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import org.junit.jupiter.api.Test;

class DisposerTest {

    @Test
    void disposeRemovesEveryBindingAndListener() {
        StringProperty source = new SimpleStringProperty("a");
        StringProperty target = new SimpleStringProperty();
        ObservableList<String> list = FXCollections.observableArrayList();
        List<String> seen = new ArrayList<>();
        Disposer disposer = new Disposer();
        disposer.bind(target, source);
        disposer.observe(source, seen::add);
        disposer.listenList(list, (ListChangeListener<String>) change -> seen.add("list"));
        List<String> cleanUp = new ArrayList<>();
        disposer.onDispose(() -> cleanUp.add("done"));

        source.set("b");
        list.add("x");
        disposer.dispose();
        source.set("c");
        list.add("y");

        assertThat(seen).containsExactly("a", "b", "list");
        assertThat(target.isBound()).isFalse();
        assertThat(target.get()).isEqualTo("b");
        assertThat(cleanUp).containsExactly("done");
    }

    @Test
    void aViewBindsOnlyWhileActive() {
        StringProperty model = new SimpleStringProperty("one");
        StringProperty label = new SimpleStringProperty();
        View<Group> view = new View<>() {
            private final Group root = new Group();

            @Override
            public Group root() {
                return root;
            }

            @Override
            protected void onActivate(Disposer disposer) {
                disposer.bind(label, model);
            }
        };

        view.activate();
        view.activate();
        model.set("two");
        view.deactivate();
        model.set("three");

        assertThat(label.get()).isEqualTo("two");
        assertThat(label.isBound()).isFalse();
    }
}
