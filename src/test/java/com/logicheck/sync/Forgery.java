package com.logicheck.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.logicheck.app.Clocks;
import com.logicheck.pdf.PdfSigner;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.pdf.UserKeyStore;
import com.logicheck.service.SheetRecord;
import com.logicheck.service.SheetRecords;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/** Makes forged sheets: a signed sheet's record altered and the file signed again with another key. */
final class Forgery {
    private final UserKeyStore.SigningKey key;

    Forgery(UserKeyStore.SigningKey key) {
        this.key = key;
    }

    String fingerprint() {
        return key.fingerprint();
    }

    /** The record as JSON, altered by {@code alter}, in the sheet's PDF signed by the forger's key. */
    byte[] alter(byte[] signedPdf, Consumer<ObjectNode> alter) {
        ObjectNode tree = (ObjectNode) SheetRecords.tree(PdfVerifier.embeddedRecord(signedPdf, SheetRecord.FILE_NAME));
        alter.accept(tree);
        try {
            return withRecord(signedPdf, new ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(tree)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet's PDF with {@code record} as its embedded file (null: none), signed by the forger's key. */
    byte[] withRecord(byte[] signedPdf, InputStream record) {
        return withEmbedded(signedPdf, SheetRecord.FILE_NAME, record);
    }

    /** A signed record's JSON (ADR 0022) altered by {@code alter}, in its PDF signed by the forger's key. */
    byte[] alterEmbedded(byte[] signedPdf, String name, Consumer<ObjectNode> alter) {
        try {
            ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(PdfVerifier.embeddedRecord(signedPdf, name));
            alter.accept(tree);
            return withEmbedded(signedPdf, name, new ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(tree)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF with {@code record} as its embedded file {@code name} (null: none), signed by the forger's key. */
    byte[] withEmbedded(byte[] signedPdf, String name, InputStream record) {
        try (PDDocument doc = Loader.loadPDF(signedPdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form != null) {
                form.setFields(new ArrayList<>());
            }
            for (PDPage page : doc.getPages()) {
                page.setAnnotations(new ArrayList<>(page.getAnnotations().stream()
                        .filter(a -> !(a instanceof PDAnnotationWidget)).toList()));
            }
            var names = doc.getDocumentCatalog().getNames();
            PDComplexFileSpecification spec = names.getEmbeddedFiles().getNames().get(name);
            if (record == null) {
                names.setEmbeddedFiles(null);
            } else {
                PDEmbeddedFile file = new PDEmbeddedFile(doc, record, COSName.FLATE_DECODE);
                file.setSubtype("application/json");
                spec.setEmbeddedFile(file);
                spec.setEmbeddedFileUnicode(file);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new PdfSigner().sign(out.toByteArray(), key,
                    new PdfSigner.SignatureInfo("张伟", "示例县人民医院", "forged", OffsetDateTime.now(Clocks.system())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sheet's PDF with its record altered by {@code alter} and its embedded files changed by {@code files}
     * (name → bytes; null bytes remove the file; {@code deflated} stores them compressed), signed by the forger's key.
     */
    byte[] withEmbedded(byte[] signedPdf, Consumer<ObjectNode> alter, Map<String, byte[]> files,
                        boolean deflated) {
        byte[] altered = alter(signedPdf, alter);
        try (PDDocument doc = Loader.loadPDF(altered)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form != null) {
                form.setFields(new ArrayList<>());
            }
            for (PDPage page : doc.getPages()) {
                page.setAnnotations(new ArrayList<>(page.getAnnotations().stream()
                        .filter(a -> !(a instanceof PDAnnotationWidget)).toList()));
            }
            var tree = doc.getDocumentCatalog().getNames().getEmbeddedFiles();
            var names = new TreeMap<>(tree.getNames());
            for (var e : files.entrySet()) {
                if (e.getValue() == null) {
                    names.remove(e.getKey());
                    continue;
                }
                PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(e.getValue()),
                        deflated ? COSName.FLATE_DECODE : null);
                file.setSubtype("image/jpeg");
                PDComplexFileSpecification spec = names.computeIfAbsent(e.getKey(), k -> {
                    PDComplexFileSpecification s = new PDComplexFileSpecification();
                    s.setFile(k);
                    s.setFileUnicode(k);
                    return s;
                });
                spec.setEmbeddedFile(file);
                spec.setEmbeddedFileUnicode(file);
            }
            tree.setNames(names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new PdfSigner().sign(out.toByteArray(), key,
                    new PdfSigner.SignatureInfo("张伟", "示例县人民医院", "forged", OffsetDateTime.now(Clocks.system())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the inspector signature's certificate to the forger's, so the signer check passes. */
    void claimInspector(ObjectNode record) {
        for (var s : record.get("signatures")) {
            if ("INSPECTOR".equals(s.path("role").asText())) {
                ((ObjectNode) s).put("certificateSha256", key.fingerprint());
            }
        }
    }
}
