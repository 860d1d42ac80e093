package vn.opendvc.files.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import vn.opendvc.files.RejectedUpload;
import vn.opendvc.web.Message;

/**
 * A JPEG or PNG judged by decoding it: its size in pixels is read from its header first, so a decompression bomb (a
 * small file that decodes to gigabytes) is refused before any pixel is decoded; then the whole image is decoded,
 * subsampled so that memory stays small; and nothing but padding may follow the image's end (the EOI marker of a
 * JPEG, the IEND chunk of a PNG), where a web page or an archive would hide behind a valid picture.
 */
final class ImageContent {

    /** Decoding keeps about this many pixels in memory whatever the image's size: enough to prove it decodes. */
    private static final long DECODED_PIXELS = 1_000_000;

    private final long maxPixels;

    ImageContent(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** @param type {@code image/jpeg} or {@code image/png}, as detected from the content */
    void check(byte[] content, String type) {
        String format = "image/png".equals(type) ? "PNG" : "JPEG";
        int end = "PNG".equals(format) ? pngEnd(content) : jpegEnd(content);
        if (end < 0) {
            throw damaged(format);
        }
        if (!Padding.only(content, end)) {
            throw new RejectedUpload(RejectedUpload.Reason.UNSAFE_CONTENT,
                    Message.of("files.upload.trailing", format));
        }
        decode(content, type, format);
    }

    private void decode(byte[] content, String type, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            throw damaged(format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > maxPixels) {
                throw new RejectedUpload(RejectedUpload.Reason.TOO_LARGE, Message.of("files.upload.pixels", width,
                        height, maxPixels / 1_000_000));
            }
            int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS)));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            // a raster needs no colour conversion, so a CMYK JPEG from a scanner decodes too
            if (reader.canReadRaster()) {
                reader.readRaster(0, param);
            } else {
                reader.read(0, param);
            }
        } catch (RejectedUpload refusal) {
            throw refusal;
        } catch (IOException | RuntimeException e) {
            throw damaged(format);
        } finally {
            reader.dispose();
        }
    }

    /** The offset just after the IEND chunk, walking the chunks by their lengths; -1 when the chunks are broken. */
    static int pngEnd(byte[] b) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (b.length < signature.length || !Arrays.equals(b, 0, 8, signature, 0, 8)) {
            return -1;
        }
        long i = 8;
        while (i + 12 <= b.length) {
            long length = u32(b, (int) i);
            boolean end = b[(int) i + 4] == 'I' && b[(int) i + 5] == 'E' && b[(int) i + 6] == 'N'
                    && b[(int) i + 7] == 'D';
            i += 12 + length; // length, type, data, CRC
            if (i > b.length) {
                return -1;
            }
            if (end) {
                return (int) i;
            }
        }
        return -1;
    }

    /**
     * The offset just after the EOI marker that ends the image, walking the marker segments by their lengths and the
     * entropy-coded data of each scan (where a 0xFF byte is followed by 0x00 or a restart marker), so that the EOI of a
     * thumbnail inside the metadata does not count; -1 when the structure is broken.
     */
    static int jpegEnd(byte[] b) {
        if (b.length < 4 || (b[0] & 0xff) != 0xff || (b[1] & 0xff) != 0xd8) {
            return -1;
        }
        int i = 2;
        while (i < b.length) {
            if ((b[i] & 0xff) != 0xff) {
                return -1;
            }
            while (i < b.length && (b[i] & 0xff) == 0xff) {
                i++; // fill bytes
            }
            if (i >= b.length) {
                return -1;
            }
            int marker = b[i++] & 0xff;
            if (marker == 0xd9) {
                return i;
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue; // markers without a segment
            }
            if (i + 2 > b.length) {
                return -1;
            }
            int length = ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
            if (length < 2 || i + length > b.length) {
                return -1;
            }
            i += length;
            if (marker == 0xda) {
                i = scanEnd(b, i);
            }
        }
        return -1;
    }

    /** The offset of the marker that ends the entropy-coded data starting at {@code i}. */
    private static int scanEnd(byte[] b, int i) {
        while (i + 1 < b.length) {
            if ((b[i] & 0xff) == 0xff) {
                int next = b[i + 1] & 0xff;
                if (next != 0x00 && (next < 0xd0 || next > 0xd7)) {
                    return i;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return b.length;
    }

    private static long u32(byte[] b, int i) {
        return ((long) (b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
    }

    private static RejectedUpload damaged(String format) {
        return new RejectedUpload(RejectedUpload.Reason.UNSAFE_CONTENT, Message.of("files.upload.damaged", format));
    }
}
