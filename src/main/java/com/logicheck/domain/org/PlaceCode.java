package com.logicheck.domain.org;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A place's code (点位码, ADR 0042): what its printed label carries. The long form, in the QR code, names the
 * organisation, the place and the label's generation and carries an HMAC-SHA256 of them under the organisation's
 * place-code key, cut to 80 bits: {@code LC1-<organisation>-<place>-<generation>-<mac>}, every part in Crockford
 * base32 (digits and capitals only, so a QR code holds it in alphanumeric mode and a scanner in US layout types it
 * without a dead key). The short form (8 characters, 40 bits of another HMAC) is printed under the QR code for
 * typing by hand; it names nothing, so it is found by trying the organisation's places, and it is weaker evidence.
 * Reprinting a label raises the place's generation, so a code of an older label no longer counts.
 */
public final class PlaceCode {
    public static final String PREFIX = "LC1-";
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int MAC_BYTES = 10;
    private static final int SHORT_BYTES = 5;
    private static final Pattern SHAPE = Pattern.compile("LC1-[0-9A-Z]{26}-[0-9A-Z]{26}-[0-9A-Z]{1,7}-[0-9A-Z]{16}");
    private static final Pattern SHORT_SHAPE = Pattern.compile("[0-9A-Z]{8}");

    private PlaceCode() {
    }

    /** How a code reached the sheet: the label's QR code through a scanner, or the short code typed by hand. */
    public enum How { SCANNED, TYPED }

    /** A place as the check needs it: its organisation, current label generation and whether it is in use. */
    public record PlaceState(UUID id, UUID organisationId, int generation, boolean active, String path) {
    }

    /** A code that names the place {@code placeId}, read from a label of {@code generation}. */
    public record Accepted(UUID placeId, int generation, How how, String code) {
    }

    /** The code in a label's QR code. */
    public static String token(byte[] key, UUID organisationId, UUID placeId, int generation) {
        String body = PREFIX + uuid(organisationId) + "-" + uuid(placeId) + "-" + encode(BigIntegerBytes.of(generation));
        return body + "-" + encode(mac(key, body, MAC_BYTES));
    }

    /** The short code printed under the QR code, as {@code ABCD-EFGH}. */
    public static String shortCode(byte[] key, UUID organisationId, UUID placeId, int generation) {
        String code = encode(mac(key, "LC1S-" + organisationId + "-" + placeId + "-" + generation, SHORT_BYTES));
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /** Whether {@code text} has the shape of a label's code (the scanner check uses it before any key is asked for). */
    public static boolean looksLikeToken(String text) {
        return text != null && SHAPE.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /**
     * Checks a scanned code: well formed, of this organisation, made with its key, of a place that is in use and of
     * that place's current label. Refused with a problem that says which; nothing is looked up beyond the place.
     */
    public static Accepted verifyToken(String text, UUID organisationId, byte[] key, Function<UUID, Optional<PlaceState>> places) {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(code).matches()) {
            throw new DomainException(Problem.of("problem.placeCode.malformed"));
        }
        String[] parts = code.split("-");
        UUID org = uuid(parts[1]);
        UUID place = uuid(parts[2]);
        if (!org.equals(organisationId)) {
            throw new DomainException(Problem.of("problem.placeCode.otherOrganisation"));
        }
        String body = code.substring(0, code.lastIndexOf('-'));
        if (key == null || !MessageDigest.isEqual(encode(mac(key, body, MAC_BYTES)).getBytes(StandardCharsets.US_ASCII),
                parts[4].getBytes(StandardCharsets.US_ASCII))) {
            throw new DomainException(Problem.of("problem.placeCode.forged"));
        }
        int generation = (int) BigIntegerBytes.value(decode(parts[3]));
        return accept(places.apply(place).orElseThrow(() -> new DomainException(Problem.of("problem.placeCode.unknownPlace"))),
                generation, How.SCANNED, code);
    }

    /**
     * Checks a typed short code against the organisation's places (current label first, then older ones, so a typed
     * code of a reprinted label is refused as old rather than unknown).
     */
    public static Accepted verifyShort(String text, UUID organisationId, byte[] key, Iterable<PlaceState> places) {
        String code = normaliseShort(text);
        if (!SHORT_SHAPE.matcher(code).matches()) {
            throw new DomainException(Problem.of("problem.placeCode.malformedShort"));
        }
        if (key == null) {
            throw new DomainException(Problem.of("problem.placeCode.noKey"));
        }
        String shown = code.substring(0, 4) + "-" + code.substring(4);
        for (PlaceState p : places) {
            for (int g = p.generation(); g >= 1; g--) {
                if (MessageDigest.isEqual(shortCode(key, organisationId, p.id(), g).getBytes(StandardCharsets.US_ASCII),
                        shown.getBytes(StandardCharsets.US_ASCII))) {
                    return accept(p, g, How.TYPED, shown);
                }
            }
        }
        throw new DomainException(Problem.of("problem.placeCode.unknownShort", shown));
    }

    /** Upper case, hyphens and spaces gone, the letters Crockford reads as digits (I L O) made digits. */
    static String normaliseShort(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return t.replace('I', '1').replace('L', '1').replace('O', '0');
    }

    private static Accepted accept(PlaceState place, int generation, How how, String code) {
        if (!place.active()) {
            throw new DomainException(Problem.of("problem.placeCode.inactive", place.path()));
        }
        if (generation < place.generation()) {
            throw new DomainException(Problem.of("problem.placeCode.revoked", place.path()));
        }
        if (generation > place.generation()) {
            throw new DomainException(Problem.of("problem.placeCode.forged"));
        }
        return new Accepted(place.id(), generation, how, code);
    }

    private static byte[] mac(byte[] key, String text, int bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] cut = new byte[bytes];
            System.arraycopy(full, 0, cut, 0, bytes);
            return cut;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String uuid(UUID id) {
        ByteBuffer b = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return encode(b.array());
    }

    private static UUID uuid(String text) {
        byte[] bytes = decode(text);
        byte[] sixteen = new byte[16];
        System.arraycopy(bytes, Math.max(0, bytes.length - 16), sixteen, Math.max(0, 16 - bytes.length), Math.min(16, bytes.length));
        ByteBuffer b = ByteBuffer.wrap(sixteen);
        return new UUID(b.getLong(), b.getLong());
    }

    /** Crockford base32 of the bytes, 5 bits a character, the last one padded with zero bits. */
    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte value : bytes) {
            buffer = (buffer << 8) | (value & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** The bytes {@link #encode} wrote (whole bytes only; the padding bits are dropped). */
    static byte[] decode(String text) {
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : text.toCharArray()) {
            int v = ALPHABET.indexOf(c);
            if (v < 0) {
                throw new DomainException(Problem.of("problem.placeCode.malformed"));
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
                buffer &= (1 << bits) - 1;
            }
        }
        return out;
    }

    /** A label generation as the fewest big-endian bytes. */
    private static final class BigIntegerBytes {
        static byte[] of(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("a label generation starts at 1: " + value);
            }
            int n = value < 0x100 ? 1 : value < 0x10000 ? 2 : value < 0x1000000 ? 3 : 4;
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[n - 1 - i] = (byte) (value >> (8 * i));
            }
            return b;
        }

        static long value(byte[] bytes) {
            long v = 0;
            for (byte b : bytes) {
                v = (v << 8) | (b & 0xff);
            }
            return v;
        }
    }
}
