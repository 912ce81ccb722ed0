package dev.switchboard.server.invitations;

import java.util.Locale;

/**
 * The words of an invitation an agent sends without writing any: in the visitor's language (the
 * browser's, from the widget's hello), Simplified Chinese for {@code zh*} and English otherwise, as
 * the widget itself speaks. The agent's workstation may be in the other language.
 */
final class InvitationTexts {

    static final String DEFAULT_ZH = "您好！请问有什么可以帮您？";
    static final String DEFAULT_EN = "Hello! Can I help you with anything?";

    private InvitationTexts() {
    }

    static String defaultMessage(String visitorLanguage) {
        return visitorLanguage != null && visitorLanguage.toLowerCase(Locale.ROOT).startsWith("zh") ? DEFAULT_ZH : DEFAULT_EN;
    }
}
