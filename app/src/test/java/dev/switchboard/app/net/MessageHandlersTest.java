package dev.switchboard.app.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.shared.ws.Envelope;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageHandlersTest {

    private final MessageHandlers handlers = new MessageHandlers();
    private final List<Envelope> handled = new ArrayList<>();

    @Test
    void aTypeHasOneHandlerAndOnlyRegisteredTypesHaveOne() {
        handlers.add("ticket.assigned", handled::add);

        assertThatThrownBy(() -> handlers.add("ticket.assigned", handled::add)).isInstanceOf(IllegalStateException.class);
        assertThat(handlers.find("ticket.assigned")).isPresent();
        assertThat(handlers.find("ticket.closed")).isEmpty();
        assertThat(handlers.find(null)).isEmpty();
    }
}
