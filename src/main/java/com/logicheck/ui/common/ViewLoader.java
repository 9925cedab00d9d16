package com.logicheck.ui.common;

import com.logicheck.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;

/**
 * Loads a screen's FXML from the classpath folder {@code /fxml/} with the message bundle (for {@code %key})
 * and the controller instance the caller built: controllers get their dependencies through their
 * constructors, never through fields or statics.
 */
public final class ViewLoader {
    public static final String THEME = "/fxml/theme.css";
    private final ResourceBundle bundle;

    public ViewLoader(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** A loaded screen: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    public <C> View<C> load(String fxml, C controller) {
        URL url = ViewLoader.class.getResource("/fxml/" + fxml);
        if (url == null) {
            throw new IllegalStateException("missing view /fxml/" + fxml);
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(fxml + " wants a " + type.getName() + ", got " + controller.getClass().getName());
            }
            return controller;
        });
        try {
            Parent root = loader.load();
            localiseDates(loader);
            return new View<>(root, controller);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load /fxml/" + fxml, e);
        }
    }

    /** Every date field with an fx:id reads and shows dates in the user's language (ADR 0024). */
    private void localiseDates(FXMLLoader loader) {
        Messages messages = null;
        for (Object node : loader.getNamespace().values()) {
            if (node instanceof DatePicker picker) {
                messages = messages == null ? new Messages(bundle.getLocale()) : messages;
                DateFields.localise(picker, messages);
            }
        }
    }

    public static String themeUrl() {
        URL url = ViewLoader.class.getResource(THEME);
        if (url == null) {
            throw new IllegalStateException("missing theme " + THEME);
        }
        return url.toExternalForm();
    }
}
