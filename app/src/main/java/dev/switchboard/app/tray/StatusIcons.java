package dev.switchboard.app.tray;

import dev.switchboard.shared.agents.AgentStatus;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Tray images drawn in code: a headset-coloured disc with a status dot, so no image files are
 * needed and the status colours match the window's. Large enough for HiDPI trays; the tray
 * library scales down.
 */
final class StatusIcons {

    private static final int SIZE = 64;

    private StatusIcons() {
    }

    /** @param alerting marks the icon with a red dot in the top right corner: something waits for the agent */
    static BufferedImage of(AgentStatus status, boolean alerting) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x0969DA));
            g.fillOval(2, 2, SIZE - 4, SIZE - 4);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawArc(14, 12, 36, 36, 0, 180);
            g.fillRoundRect(11, 28, 10, 16, 4, 4);
            g.fillRoundRect(43, 28, 10, 16, 4, 4);
            int dot = 26;
            g.setColor(Color.WHITE);
            g.fillOval(SIZE - dot - 2, SIZE - dot - 2, dot + 2, dot + 2);
            g.setColor(colour(status));
            g.fillOval(SIZE - dot, SIZE - dot, dot - 2, dot - 2);
            if (alerting) {
                int mark = 24;
                g.setColor(Color.WHITE);
                g.fillOval(SIZE - mark - 2, 0, mark + 2, mark + 2);
                g.setColor(new Color(0xCF222E));
                g.fillOval(SIZE - mark, 2, mark - 2, mark - 2);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Color colour(AgentStatus status) {
        return switch (status) {
            case ONLINE -> new Color(0x1A7F37);
            case BUSY -> new Color(0xCF222E);
            case AWAY -> new Color(0xBF8700);
            case OFFLINE -> new Color(0x8C959F);
        };
    }
}
