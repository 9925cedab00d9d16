package com.logicheck.ui.rectify;

import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.i18n.Messages;
import com.logicheck.service.RectificationNotices;
import com.logicheck.service.RectificationService;
import com.logicheck.service.RectificationService.RaiseForm;
import com.logicheck.service.RectificationService.RaiseRequest;
import com.logicheck.service.SheetRecords;
import com.logicheck.service.SheetView;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** {@link RaiseOrdersViewModel.Orders} over the app's services: the same calls the CLI {@code rectify} and {@code notice} make. */
public final class ServiceOrders implements RaiseOrdersViewModel.Orders {
    private final RectificationService rectification;
    private final RectificationNotices notices;
    private final SheetRecords sheets;
    private final Messages messages;

    public ServiceOrders(RectificationService rectification, RectificationNotices notices, SheetRecords sheets,
                         Messages messages) {
        this.rectification = rectification;
        this.notices = notices;
        this.sheets = sheets;
        this.messages = messages;
    }

    @Override
    public RaiseForm form(UUID inspectionId) {
        return rectification.form(inspectionId);
    }

    @Override
    public String sheetTitle(UUID inspectionId) {
        SheetView view = sheets.view(inspectionId);
        return messages.get("raise.sheetTitle", view.template().title(), view.providerName(), view.placePath());
    }

    @Override
    public List<RectificationOrder> raise(RaiseRequest request, UUID actorId) {
        return rectification.raise(request, actorId);
    }

    @Override
    public Path sign(UUID orderId, char[] password, UUID actorId) {
        return notices.sign(orderId, password, actorId).pdf();
    }
}
