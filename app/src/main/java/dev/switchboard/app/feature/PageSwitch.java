package dev.switchboard.app.feature;

import javafx.beans.value.ObservableValue;

/** The main window's choice of page, by page id, as the features see it. FX thread. */
public interface PageSwitch {

    /** Shows the page, if the agent may see it; showing it activates it. */
    void show(String pageId);

    /** The id of the page showing. */
    ObservableValue<String> shown();
}
