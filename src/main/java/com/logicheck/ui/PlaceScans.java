package com.logicheck.ui;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.CheckIn;
import com.logicheck.domain.org.PlaceCode.Accepted;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.i18n.Messages;
import com.logicheck.service.CurrentUser;
import com.logicheck.service.PlaceCodes;
import com.logicheck.ui.common.Dialogs;
import com.logicheck.ui.common.Navigator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.stage.Window;

/**
 * What a scanned or typed place code does (issue 16): on 首页 it resumes the user's draft at that place (checking in
 * on it) or opens 新建检查 with the place chosen, the check-in recorded when that sheet opens; during a sheet it
 * records a check-in, after a warning when the code is of another place. A refused code is told in a dialog and
 * changes nothing.
 */
final class PlaceScans {
    private final PlaceCodes codes;
    private final CurrentUser currentUser;
    private final Dialogs dialogs;
    private final Messages messages;
    private Accepted pending;

    PlaceScans(PlaceCodes codes, CurrentUser currentUser, Dialogs dialogs, Messages messages) {
        this.codes = codes;
        this.currentUser = currentUser;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** What a code did, for the window and the tests. */
    enum Outcome { RESUMED, NEW_SHEET, CHECKED_IN, REFUSED, CANCELLED }

    /** A code on 首页: resume the draft at its place or start one there. */
    Outcome atHome(String text, How how, Navigator navigator, Window owner) {
        Optional<Accepted> code = read(text, how, owner);
        if (code.isEmpty()) {
            return Outcome.REFUSED;
        }
        UUID actor = currentUser.session().personId();
        Optional<UUID> draft = codes.draftAt(actor, code.get().placeId());
        if (draft.isPresent()) {
            if (record(draft.get(), code.get(), false, owner).isEmpty()) {
                return Outcome.REFUSED;
            }
            navigator.checklist(draft.get(), null);
            return Outcome.RESUMED;
        }
        pending = code.get();
        navigator.newInspectionAt(code.get().placeId());
        return Outcome.NEW_SHEET;
    }

    /** A code on a screen other than 首页 and the checklist: told where to scan; nothing changes. */
    Outcome elsewhere(Window owner) {
        dialogs.tell(owner, messages.get("checkin.elsewhere"));
        return Outcome.REFUSED;
    }

    /** A code during sheet {@code sheetId}: a check-in, after asking when it is of another place. */
    Outcome onSheet(UUID sheetId, String text, How how, Window owner) {
        Optional<Accepted> code = read(text, how, owner);
        if (code.isEmpty()) {
            return Outcome.REFUSED;
        }
        UUID sheetPlace = codes.placeOf(sheetId);
        boolean other = !sheetPlace.equals(code.get().placeId());
        if (other && !dialogs.confirm(owner, messages.get("checkin.warn.otherPlace", codes.path(code.get().placeId()),
                codes.path(sheetPlace)))) {
            return Outcome.CANCELLED;
        }
        return record(sheetId, code.get(), other, owner).isPresent() ? Outcome.CHECKED_IN : Outcome.REFUSED;
    }

    /** A sheet opened: the code scanned on 首页 for a new sheet at its place is recorded on it. */
    Optional<CheckIn> opened(UUID sheetId, Window owner) {
        Accepted code = pending;
        pending = null;
        if (code == null || !codes.placeOf(sheetId).equals(code.placeId())) {
            return Optional.empty();
        }
        return record(sheetId, code, false, owner);
    }

    /** The typed-code dialog (Ctrl+K): the short code as typed, or empty when cancelled. */
    Optional<String> askCode(Window owner) {
        return dialogs.askCode(owner, messages.get("checkin.dialog.header"), messages.get("checkin.dialog.prompt"));
    }

    /** A sheet's check-ins, oldest first. */
    List<CheckIn> checkIns(UUID sheetId) {
        return codes.checkIns(sheetId);
    }

    /** The sentence a screen shows after a check-in. */
    String told(CheckIn c) {
        return messages.get("checkin.recorded", codes.path(c.placeId()), messages.get("checkin.how." + c.how().name()));
    }

    private Optional<Accepted> read(String text, How how, Window owner) {
        try {
            return Optional.of(codes.read(text, how));
        } catch (DomainException e) {
            dialogs.tell(owner, messages.problems(e));
            return Optional.empty();
        }
    }

    private Optional<CheckIn> record(UUID sheetId, Accepted code, boolean otherPlace, Window owner) {
        try {
            return Optional.of(codes.checkIn(currentUser.session().personId(), sheetId, code, otherPlace));
        } catch (DomainException e) {
            dialogs.tell(owner, messages.problems(e));
            return Optional.empty();
        }
    }
}
