package com.logicheck.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes a PDF a PDF/A-3b archive file: matching XMP metadata and document information, an sRGB output
 * intent, and the machine-readable record embedded as an associated file (/AF, AFRelationship Data).
 */
final class PdfArchive {
    static final String PRODUCER = "LogiCheck (Apache PDFBox 3)";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** One XMP serializer per writing thread: making one builds an XML parser factory, a tenth of a sheet's metadata. */
    private static final ThreadLocal<XmpSerializer> SERIALIZER = ThreadLocal.withInitial(XmpSerializer::new);

    private PdfArchive() {
    }

    /** Document facts shared by the info dictionary and the XMP packet; they must agree for PDF/A. */
    record Facts(String title, String author, String subject, String keywords, Calendar created) {
    }

    static void apply(PDDocument doc, Facts facts) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(facts.title());
        info.setAuthor(facts.author());
        info.setSubject(facts.subject());
        info.setKeywords(facts.keywords());
        info.setCreator("LogiCheck");
        info.setProducer(PRODUCER);
        info.setCreationDate(facts.created());
        info.setModificationDate(facts.created());

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage("zh-CN");
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);

        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(facts));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private static byte[] xmp(Facts facts) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(facts.title());
        dc.addCreator(facts.author());
        dc.setDescription(facts.subject());
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("LogiCheck");
        basic.setCreateDate(facts.created());
        basic.setModifyDate(facts.created());
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        pdf.setKeywords(facts.keywords());
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(3);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SERIALIZER.get().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException(e);
        }
        return out.toByteArray();
    }

    /** Embeds {@code json} as the document's associated file {@code name} (PDF/A-3 /AF, relationship Data). */
    static void embedRecord(PDDocument doc, String name, byte[] json, String description, Calendar created)
            throws IOException {
        embedRecord(doc, name, json, description, created, List.of());
    }

    /**
     * A further associated file: {@code relationship} is PDF/A-3's AFRelationship ({@code Source} for an original
     * the pages were made from). Stored as it is, without compression (photos are compressed already).
     */
    record Attachment(String name, byte[] bytes, String mimeType, String description, String relationship) {
    }

    /** As {@link #embedRecord(PDDocument, String, byte[], String, Calendar)}, with further associated files. */
    static void embedRecord(PDDocument doc, String name, byte[] json, String description, Calendar created,
                            List<Attachment> attachments) throws IOException {
        Map<String, PDComplexFileSpecification> specs = new TreeMap<>();
        COSArray af = new COSArray();
        PDComplexFileSpecification record = spec(doc, new Attachment(name, json, "application/json", description, "Data"),
                created);
        specs.put(name, record);
        af.add(record);
        for (Attachment a : attachments) {
            PDComplexFileSpecification spec = spec(doc, a, created);
            specs.put(a.name(), spec);
            af.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(specs);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af);
    }

    private static PDComplexFileSpecification spec(PDDocument doc, Attachment a, Calendar created) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(a.bytes()));
        file.setSubtype(a.mimeType());
        file.setSize(a.bytes().length);
        file.setCreationDate(created);
        file.setModDate(created);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(a.name());
        spec.setFileUnicode(a.name());
        spec.setFileDescription(a.description());
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), a.relationship());
        return spec;
    }

    /** The bytes of the embedded file {@code name}, or of the only one when {@code name} is null. */
    static byte[] embedded(PDDocument doc, String name) throws IOException {
        return embedded(doc, name, Integer.MAX_VALUE - 16);
    }

    /** As {@link #embedded(PDDocument, String)}, refusing (IOException) to inflate more than {@code maxBytes}. */
    static byte[] embedded(PDDocument doc, String name, int maxBytes) throws IOException {
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null || names.getEmbeddedFiles().getNames() == null) {
            return null;
        }
        Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
        PDComplexFileSpecification spec = name != null ? files.get(name)
                : files.size() == 1 ? List.copyOf(files.values()).get(0) : null;
        if (spec == null || spec.getEmbeddedFileUnicode() == null && spec.getEmbeddedFile() == null) {
            return null;
        }
        PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
        try (InputStream in = file.createInputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new EmbeddedTooLargeException();
            }
            return bytes;
        }
    }

    /** The names of every embedded file (empty when there are none). */
    static Set<String> embeddedNames(PDDocument doc) throws IOException {
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null || names.getEmbeddedFiles().getNames() == null) {
            return Set.of();
        }
        return names.getEmbeddedFiles().getNames().keySet();
    }

    /** The embedded file inflates beyond the limit (a compressed bomb, or simply too big). */
    static final class EmbeddedTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
