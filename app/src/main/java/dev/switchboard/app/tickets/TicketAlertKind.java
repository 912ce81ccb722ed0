package dev.switchboard.app.tickets;

import dev.switchboard.app.alerts.AlertKind;
import dev.switchboard.app.notify.Chime;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** What about tickets needs the agent: one assigned to them, a customer's reply, an SLA warning or breach. */
public enum TicketAlertKind implements AlertKind {
    ASSIGNED(Chime.TRANSFER, Material2AL.ASSIGNMENT_IND, false),
    CUSTOMER_REPLY(Chime.MESSAGE, Material2MZ.REPLY, false),
    SLA_WARNING(Chime.WAITING, Material2AL.ACCESS_TIME, true),
    SLA_BREACH(Chime.NOTICE, Material2AL.ERROR_OUTLINE, true);

    private final Chime chime;
    private final Ikon icon;
    private final boolean warning;

    TicketAlertKind(Chime chime, Ikon icon, boolean warning) {
        this.chime = chime;
        this.icon = icon;
        this.warning = warning;
    }

    @Override
    public Chime chime() {
        return chime;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public boolean warning() {
        return warning;
    }

    @Override
    public String openTextKey() {
        return "tickets.alert.open";
    }
}
