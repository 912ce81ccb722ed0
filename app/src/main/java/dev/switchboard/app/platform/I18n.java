package dev.switchboard.app.platform;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI texts of one workstation, from the bundles {@code i18n/messages*.properties}. Views bind
 * to {@link #text} bindings, which depend on the locale, so switching the language re-labels the
 * open windows at once. Patterns are {@link MessageFormat}s: a literal apostrophe is written as
 * the typographic one (’) so that it needs no quoting.
 */
public final class I18n {

    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);
    private static final String BUNDLE = "i18n.messages";
    // Without this control a missing bundle falls back to the JVM's default locale, so asking
    // for English on a Chinese system would answer Chinese.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ReadOnlyObjectWrapper<Locale> locale = new ReadOnlyObjectWrapper<>();
    private ResourceBundle bundle;

    public I18n(Locale initial) {
        setLocale(initial);
    }

    /** Changes the language; call on the FX thread, as bound labels update at once. */
    public void setLocale(Locale newLocale) {
        bundle = ResourceBundle.getBundle(BUNDLE, newLocale, I18n.class.getClassLoader(), NO_FALLBACK);
        locale.set(newLocale);
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale.getReadOnlyProperty();
    }

    public Locale locale() {
        return locale.get();
    }

    /** The text for {@code key}, with {@code args} filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing UI text '{}' for {}", key, locale.get());
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A text that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** A computed text that follows the language and the given observables. */
    public StringBinding text(Callable<String> compute, Observable... dependencies) {
        Observable[] all = Stream.concat(Stream.of(locale), Arrays.stream(dependencies)).toArray(Observable[]::new);
        return Bindings.createStringBinding(compute, all);
    }
}
