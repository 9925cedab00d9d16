package com.logicheck.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.rectification.OrderItem;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.NoticePdfWriter;
import com.logicheck.pdf.NoticePrint;
import com.logicheck.persistence.ReferenceRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The printable 整改通知单 of an order: its facts resolved to text in the user's language and written as a
 * PDF/A-3b with the order's JSON record embedded. (Signing it with the inspector's key is still to come.)
 */
public final class RectificationNotices {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();
    private final RectificationService rectification;
    private final ReferenceRepository reference;
    private final NoticePdfWriter writer;
    private final Messages messages;

    public RectificationNotices(RectificationService rectification, ReferenceRepository reference,
                                NoticePdfWriter writer, Messages messages) {
        this.rectification = rectification;
        this.reference = reference;
        this.writer = writer;
        this.messages = messages;
    }

    public byte[] pdf(UUID orderId) {
        return writer.write(print(orderId));
    }

    public NoticePrint print(UUID orderId) {
        RectificationOrder o = rectification.orders().find(orderId)
                .orElseThrow(() -> new DomainException(Problem.of("problem.rectification.missing", orderId.toString())));
        String provider = reference.provider(o.providerId()).map(Provider::name).orElse("");
        String place = reference.place(o.placeId()).map(Place::path).orElse("");
        String raisedBy = reference.person(o.raisedBy()).map(Person::name).orElse("");
        List<NoticePrint.Field> fields = new ArrayList<>();
        fields.add(field("pdf.notice.provider", provider));
        fields.add(field("pdf.notice.place", place));
        fields.add(field("pdf.notice.serviceLine", messages.label(o.serviceLine())));
        fields.add(field("pdf.notice.inspectedOn", o.inspectedOn().toString()));
        fields.add(field("pdf.notice.responsible", o.plan().responsiblePerson() + "（" + messages.label(o.level()) + "）"));
        fields.add(field("pdf.notice.deadline", o.deadline().toString()));
        if (o.repeated()) {
            fields.add(field("pdf.notice.repeat", messages.get("pdf.notice.repeatText", o.repeatOf().toString().substring(0, 8),
                    messages.label(o.level()))));
        }
        fields.add(field("pdf.notice.standard", o.plan().requiredStandard()));
        fields.add(field("pdf.notice.causes", o.plan().causes().stream().sorted().map(messages::label)
                .collect(Collectors.joining("、")) + (o.plan().causeNote().isEmpty() ? "" : "：" + o.plan().causeNote())));
        fields.add(field("pdf.notice.steps", o.plan().steps()));
        List<String> items = o.items().stream().map(i -> messages.get("pdf.notice.item", i.itemCode(), i.content(),
                i.deduction().toPlainString(), i.note())).toList();
        String title = messages.get("pdf.notice.title");
        return new NoticePrint(title, o.id(), provider, place, o.raisedAt(), raisedBy, fields, items, record(o, provider, place),
                "rectification-" + o.id() + ".json");
    }

    private NoticePrint.Field field(String key, String value) {
        return new NoticePrint.Field(messages.get(key), value == null ? "" : value);
    }

    private static byte[] record(RectificationOrder o, String provider, String place) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("format", "logicheck-rectification-order/1");
        r.put("order", o);
        r.put("provider", provider);
        r.put("place", place);
        r.put("items", o.items().stream().map(OrderItem::itemCode).toList());
        try {
            return JSON.writeValueAsBytes(r);
        } catch (JsonProcessingException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }
}
