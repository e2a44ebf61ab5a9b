package io.herald.api.attribution.clicks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A {@link Visit} as one record of the {@link ClickJournal}, little-endian: an 8-byte header (see
 * {@link JournalSegment}), then the payload: the time (8 bytes), flags (1 byte: 1 a HEAD request, 2 a referrer
 * follows), then the click id, link id, client address, user agent and, when sent, the referrer, each as an unsigned
 * 16-bit length and that many UTF-8 bytes; zeros up to a multiple of 8 bytes, so that every header is aligned.
 */
final class VisitRecord {
    static final int HEADER = 8;
    private static final int MAX_FIELD = 0xFFFF;
    private static final byte HEAD = 1;
    private static final byte REFERRER = 2;

    private VisitRecord() {
    }

    /**
     * The whole record, header included. Until it is written into the journal, where the header gets its final form,
     * the header slot holds the payload's length and its CRC32C. Empty when a field is longer than 65,535 bytes.
     */
    static Optional<byte[]> encode(Visit visit) {
        byte[] clickId = utf8(visit.clickId());
        byte[] linkId = utf8(visit.linkId());
        byte[] address = utf8(visit.clientAddress());
        byte[] userAgent = utf8(visit.userAgent());
        byte[] referrer = visit.referrer().map(VisitRecord::utf8).orElse(null);
        int payload = 8 + 1 + 2 + clickId.length + 2 + linkId.length + 2 + address.length + 2 + userAgent.length
                      + (referrer == null ? 0 : 2 + referrer.length);
        if (Math.max(Math.max(clickId.length, linkId.length), Math.max(address.length, userAgent.length)) > MAX_FIELD
            || referrer != null && referrer.length > MAX_FIELD) {
            return Optional.empty();
        }
        byte[] record = new byte[aligned(HEADER + payload)];
        ByteBuffer out = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
        out.position(HEADER);
        out.putLong(visit.at());
        out.put((byte) ((visit.head() ? HEAD : 0) | (referrer == null ? 0 : REFERRER)));
        put(out, clickId);
        put(out, linkId);
        put(out, address);
        put(out, userAgent);
        if (referrer != null) {
            put(out, referrer);
        }
        CRC32C crc = new CRC32C();
        crc.update(record, HEADER, payload);
        out.putInt(0, payload);
        out.putInt(4, (int) crc.getValue());
        return Optional.of(record);
    }

    /** The payload's length, from an encoded record not yet in the journal. */
    static int payloadLength(byte[] record) {
        return ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    }

    /** The payload's CRC32C, from an encoded record not yet in the journal. */
    static int payloadCrc(byte[] record) {
        return ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN).getInt(4);
    }

    /** The visit in a payload (the buffer's remaining bytes, little-endian). */
    static Visit decode(ByteBuffer payload) {
        long at = payload.getLong();
        byte flags = payload.get();
        String clickId = string(payload);
        String linkId = string(payload);
        String address = string(payload);
        String userAgent = string(payload);
        Optional<String> referrer = (flags & REFERRER) != 0 ? Optional.of(string(payload)) : Optional.empty();
        return new Visit(clickId, linkId, at, (flags & HEAD) != 0, address, userAgent, referrer);
    }

    /** Bytes a record takes in the journal: its length rounded up to a multiple of 8. */
    static int aligned(int length) {
        return (length + 7) & ~7;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ByteBuffer out, byte[] field) {
        out.putShort((short) field.length);
        out.put(field);
    }

    private static String string(ByteBuffer in) {
        byte[] bytes = new byte[Short.toUnsignedInt(in.getShort())];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
