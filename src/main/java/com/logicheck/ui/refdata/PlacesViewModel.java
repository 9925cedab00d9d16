package com.logicheck.ui.refdata;

import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlacePath;
import com.logicheck.service.PlaceCodes;
import com.logicheck.service.ReferenceData.PlaceItem;
import com.logicheck.ui.common.DocumentOpener;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The 地点 tab: the whole tree (deactivated places only when asked), filtered as one types — every word must appear
 * in the place's full path, and the places above a match stay so the tree holds together — and the edits on the
 * selected place: add a 院区 or a place below, rename, deactivate/reactivate, delete, import the wizard's file, and
 * 补打标签 (reprint the labels of the place and those under it; the old labels stop counting).
 */
public final class PlacesViewModel {
    private final RefDataStatus status;
    private final PlaceCodes codes;
    private final DocumentOpener opener;
    private List<PlaceItem> all = List.of();
    private final ReadOnlyObjectWrapper<List<PlaceItem>> shown = new ReadOnlyObjectWrapper<>(List.of());
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showInactive = new SimpleBooleanProperty(false);
    private final ObjectProperty<PlaceItem> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper("");

    public PlacesViewModel(RefDataStatus status, PlaceCodes codes, DocumentOpener opener) {
        this.status = status;
        this.codes = codes;
        this.opener = opener;
        filter.addListener((o, a, b) -> reshow());
        showInactive.addListener((o, a, b) -> reshow());
        selected.addListener((o, a, e) -> {
            selectedText.set(e == null ? status.messages().get("refdata.places.noSelection")
                    : status.messages().get(e.active() ? "refdata.places.selected" : "refdata.places.selectedInactive",
                    e.place().path(), status.messages().label(e.place().kind())));
            name.set(e == null ? "" : e.place().name());
        });
        selectedText.set(status.messages().get("refdata.places.noSelection"));
        status.onRefresh(this::refresh);
    }

    public void refresh() {
        status.load(() -> status.data().placeItems(), places -> {
            UUID keep = selected.get() == null ? null : selected.get().place().id();
            all = places;
            reshow();
            selected.set(places.stream().filter(e -> e.place().id().equals(keep)).findFirst().orElse(null));
        });
    }

    private void reshow() {
        shown.set(visible(all, filter.get(), showInactive.get()));
    }

    /** The entries to show: matches of every word (case-insensitive) and the places above them, in tree order. */
    static List<PlaceItem> visible(List<PlaceItem> all, String filter, boolean showInactive) {
        String[] words = filter == null ? new String[0] : filter.strip().toLowerCase(Locale.ROOT).split("\\s+");
        Map<UUID, PlaceItem> byId = all.stream().collect(Collectors.toMap(e -> e.place().id(), Function.identity()));
        Set<UUID> keep = new HashSet<>();
        for (PlaceItem e : all) {
            if (!showInactive && !e.active()) {
                continue;
            }
            String path = e.place().path().toLowerCase(Locale.ROOT);
            boolean match = true;
            for (String w : words) {
                match &= w.isEmpty() || path.contains(w);
            }
            if (match) {
                PlaceItem up = e;
                while (up != null && keep.add(up.place().id())) {
                    up = up.place().parentId() == null ? null : byId.get(up.place().parentId());
                }
            }
        }
        return all.stream().filter(e -> keep.contains(e.place().id())).toList();
    }

    public void addSite() {
        String n = name.get();
        status.run(() -> status.messages().get("refdata.places.added", status.data().addPlace(status.actorId(), null, n).path()),
                () -> { });
    }

    public void addChild() {
        PlaceItem e = selected.get();
        String n = name.get();
        if (e != null) {
            status.run(() -> status.messages().get("refdata.places.added",
                    status.data().addPlace(status.actorId(), e.place().id(), n).path()), () -> { });
        }
    }

    public void rename() {
        PlaceItem e = selected.get();
        String n = name.get();
        if (e != null) {
            status.run(() -> {
                status.data().renamePlace(status.actorId(), e.place().id(), n);
                return status.messages().get("refdata.places.renamed", n.strip());
            }, () -> { });
        }
    }

    /** 停用 or 启用, whichever the selected place is not. */
    public void toggleActive() {
        PlaceItem e = selected.get();
        if (e == null) {
            return;
        }
        Place p = e.place();
        status.run(() -> e.active()
                ? status.messages().get("refdata.places.deactivated", p.path(), status.data().deactivatePlace(status.actorId(), p))
                : status.messages().get("refdata.places.activated", p.path(), status.data().activatePlace(status.actorId(), p)),
                () -> showInactive.set(showInactive.get() || e.active()));
    }

    /** Deletes the selected place (the view asks first); a place in use is refused with the advice to deactivate it. */
    public void delete() {
        PlaceItem e = selected.get();
        if (e != null) {
            status.run(() -> {
                status.data().deletePlace(status.actorId(), e.place().id());
                return status.messages().get("refdata.places.deleted", e.place().path());
            }, () -> selected.set(null));
        }
    }

    /**
     * What 补打标签 asks before it reprints the selected place and the places in use under it: how many labels, and that
     * the old ones stop counting. Empty when nothing (or a deactivated place) is selected.
     */
    public String reprintQuestion() {
        PlaceItem e = selected.get();
        if (e == null || !e.active()) {
            return "";
        }
        String path = e.place().path();
        long below = all.stream().filter(PlaceItem::active).filter(p -> p.place().path().startsWith(PlacePath.below(path)))
                .count();
        return below == 0 ? status.messages().get("refdata.places.reprintOne", path)
                : status.messages().get("refdata.places.reprintTree", path, below + 1);
    }

    /** The file name 补打标签 suggests: 点位码标签_<place>.pdf. */
    public String reprintFileName() {
        PlaceItem e = selected.get();
        return status.messages().get("refdata.places.reprintFile", e == null ? "" : e.place().name()
                .replaceAll("[\\\\/:*?\"<>|\\s]+", "_"));
    }

    /** 补打标签: new labels for the selected place and those under it, written to {@code target} and opened. */
    public void reprint(Path target) {
        PlaceItem e = selected.get();
        if (e == null) {
            return;
        }
        status.run(() -> status.messages().get("refdata.places.reprinted",
                        codes.reprintTo(status.actorId(), e.place().id(), target).count(), target.toString()),
                () -> opener.open(target));
    }

    public void importFile(Path file) {
        status.run(() -> status.messages().get("refdata.places.imported", status.data().importPlaces(status.actorId(), file)),
                () -> { });
    }

    public ReadOnlyObjectProperty<List<PlaceItem>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showInactiveProperty() {
        return showInactive;
    }

    public ObjectProperty<PlaceItem> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty selectedTextProperty() {
        return selectedText.getReadOnlyProperty();
    }
}
