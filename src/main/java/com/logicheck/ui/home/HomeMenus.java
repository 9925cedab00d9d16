package com.logicheck.ui.home;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The 首页 menu bar's upkeep: a group whose every item is hidden (role, or a part the window lacks) is hidden too. */
final class HomeMenus {

    private HomeMenus() {
    }

    /** Binds each menu's visibility to "some item that is not a separator is visible". */
    static void hideEmpty(MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            Observable[] items = menu.getItems().stream().map(MenuItem::visibleProperty).toArray(Observable[]::new);
            menu.visibleProperty().bind(Bindings.createBooleanBinding(() -> menu.getItems().stream()
                    .anyMatch(i -> !(i instanceof SeparatorMenuItem) && i.isVisible()), items));
        }
    }
}
