package vn.opendvc.files.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.opendvc.files.RejectedUpload;
import vn.opendvc.web.Message;

/**
 * A PDF judged by what it holds, not by its first bytes: it must open with PDFBox, and it is refused when it carries
 * JavaScript, an action that launches a program or imports data, an action that runs by itself (when the document or
 * a page opens, on a form field or an annotation; only a jump inside the document is allowed there), an embedded
 * file, or data after its last {@code %%EOF}, where a second file (a web page, an archive) would hide.
 *
 * <p>Every object of the file is visited, not only what the page tree reaches, so an action that nothing seems to use
 * is still found; such a file is never a citizen's scan or a form printed to PDF.
 */
final class PdfContent {

    /** Actions that run code, start a program or pull data from elsewhere, wherever they are. */
    private static final Set<String> ACTIVE = Set.of("JavaScript", "Launch", "ImportData", "GoToE", "Rendition",
            "RichMediaExecute");
    /** Keys whose value runs by itself: the document's open action and the additional actions of its objects. */
    private static final COSName ADDITIONAL_ACTIONS = COSName.AA;
    private static final String GO_TO = "GoTo";
    /** Nesting deeper than this is no document: a parser trap. */
    private static final int MAX_DEPTH = 64;

    private final long memory;

    /** @param memory the most memory PDFBox may use for the streams it decodes while reading */
    PdfContent(long memory) {
        this.memory = memory;
    }

    void check(byte[] content) {
        requireNothingAfterEnd(content);
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(memory).streamCache)) {
            COSDocument objects = document.getDocument();
            visit(objects.getTrailer(), 0);
            for (COSObjectKey key : objects.getXrefTable().keySet()) {
                visit(objects.getObjectFromPool(key).getObject(), 0);
            }
        } catch (RejectedUpload refusal) {
            throw refusal;
        } catch (IOException | RuntimeException e) {
            // encrypted with a password, broken beyond repair, or too large when decoded
            throw refused("files.upload.damaged", "PDF");
        }
    }

    private static void requireNothingAfterEnd(byte[] content) {
        int end = lastIndexOf(content, "%%EOF".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            throw refused("files.upload.damaged", "PDF");
        }
        if (!Padding.only(content, end + 5)) {
            throw refused("files.upload.trailing", "PDF");
        }
    }

    /** Checks one object and what it holds directly; referenced objects are visited from the cross-reference table. */
    private void visit(COSBase object, int depth) {
        if (depth > MAX_DEPTH) {
            throw refused("files.upload.damaged", "PDF");
        }
        if (object instanceof COSDictionary dictionary) {
            check(dictionary);
            for (COSBase value : dictionary.getValues()) {
                if (!(value instanceof COSObject)) {
                    visit(value, depth + 1);
                }
            }
        } else if (object instanceof COSArray array) {
            for (COSBase value : array) {
                if (!(value instanceof COSObject)) {
                    visit(value, depth + 1);
                }
            }
        }
    }

    private static void check(COSDictionary dictionary) {
        if (active(dictionary) || dictionary.containsKey(COSName.JAVA_SCRIPT) || dictionary.containsKey(COSName.XFA)) {
            throw refused("files.upload.pdf-script");
        }
        if (dictionary.containsKey(COSName.EF) || dictionary.containsKey(COSName.EMBEDDED_FILES)
                || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
            throw refused("files.upload.pdf-embedded");
        }
        // an open action may be a destination (an array: where to open) or an action, which must be a jump
        if (dictionary.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary open) {
            requireJump(open);
        }
        if (dictionary.getDictionaryObject(ADDITIONAL_ACTIONS) instanceof COSDictionary triggers) {
            for (COSBase trigger : triggers.getValues()) {
                if (trigger instanceof COSObject reference) {
                    trigger = reference.getObject();
                }
                if (trigger instanceof COSDictionary triggered) {
                    requireJump(triggered);
                }
            }
        }
    }

    /** An action that runs by itself: only a jump inside the document, followed by nothing else. */
    private static void requireJump(COSDictionary action) {
        if (active(action)) {
            throw refused("files.upload.pdf-script");
        }
        if (!GO_TO.equals(action.getNameAsString(COSName.S)) || action.containsKey(COSName.NEXT)) {
            throw refused("files.upload.pdf-auto-action");
        }
    }

    /** An action that runs code, starts a program or pulls data in. */
    private static boolean active(COSDictionary dictionary) {
        String action = dictionary.getNameAsString(COSName.S);
        return (action != null && ACTIVE.contains(action)) || dictionary.containsKey(COSName.JS);
    }

    private static RejectedUpload refused(String message, Object... arguments) {
        return new RejectedUpload(RejectedUpload.Reason.UNSAFE_CONTENT, Message.of(message, arguments));
    }

    private static int lastIndexOf(byte[] content, byte[] pattern) {
        for (int i = content.length - pattern.length; i >= 0; i--) {
            int j = 0;
            while (j < pattern.length && content[i + j] == pattern[j]) {
                j++;
            }
            if (j == pattern.length) {
                return i;
            }
        }
        return -1;
    }
}
