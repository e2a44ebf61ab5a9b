package io.herald.api.attribution.clicks;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.CRC32C;

import io.herald.api.auth.PrivateFiles;

/**
 * One file of the {@link ClickJournal}, mapped into memory whole. It starts with a 16-byte header (a magic number and
 * the segment's index, which is also in the file's name), then records, each starting at a multiple of 8 with an
 * 8-byte header written last, atomically (release), once the rest of the record is in place:
 * <ul>
 *     <li>0: nothing here yet (the file is zeros until written);</li>
 *     <li>a positive length in the upper 32 bits: a record of that many payload bytes, the lower 32 bits the payload's
 *         CRC32C mixed with the record's journal position (so that a record read at any other place, or left over
 *         in a reused file, never passes for one written there);</li>
 *     <li>a negative length: skip that many bytes (the rest of the segment, when a record did not fit, or a record
 *         that could not be written).</li>
 * </ul>
 * The kernel keeps the pages of a mapped file when the process dies, so what is written here survives a kill -9 as
 * soon as it is written; surviving a power loss takes {@link #force}.
 */
final class JournalSegment {
    static final int HEADER = 16;
    /** "HJOURNL1", little-endian. */
    private static final long MAGIC = 0x314C4E52554F4A48L;
    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class,
                                                                                   ByteOrder.LITTLE_ENDIAN);
    private static final byte[] ZEROS = new byte[64 * 1024];

    final long index;
    final Path file;
    final int size;
    private final FileChannel channel;
    private final MappedByteBuffer map;
    /** The segment after this one, once it is ready; set by the journal's maintenance thread. */
    volatile JournalSegment next;

    private JournalSegment(long index, Path file, FileChannel channel, MappedByteBuffer map) {
        this.index = index;
        this.file = file;
        this.channel = channel;
        this.map = map;
        this.size = map.capacity();
    }

    /**
     * A new file of {@code size} bytes. It is written out with zeros rather than sized with {@code setLength}: its
     * blocks are allocated now, so a full disk fails here, on the thread preparing it, and never as a fault in a
     * request writing into the mapping.
     */
    static JournalSegment create(Path dir, long index, int size) throws IOException {
        Path file = dir.resolve(name(index));
        FileChannel channel = PrivateFiles.create(file);
        try {
            ByteBuffer zeros = ByteBuffer.wrap(ZEROS);
            for (long at = 0; at < size; at += ZEROS.length) {
                zeros.clear().limit((int) Math.min(ZEROS.length, size - at));
                while (zeros.hasRemaining()) {
                    channel.write(zeros, at + zeros.position());
                }
            }
            JournalSegment segment = new JournalSegment(index, file, channel,
                                                        channel.map(FileChannel.MapMode.READ_WRITE, 0, size));
            segment.writeHeader();
            return segment;
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /**
     * An existing file, as a crash or a stop left it: empty when it is no segment (wrong size or magic number) or is
     * not the segment its name says (a reuse interrupted before its rename).
     */
    static Optional<JournalSegment> open(Path file, long index) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long size = channel.size();
        if (size < HEADER + VisitRecord.HEADER || size > Integer.MAX_VALUE || size % 8 != 0) {
            channel.close();
            return Optional.empty();
        }
        JournalSegment segment = new JournalSegment(index, file, channel,
                                                    channel.map(FileChannel.MapMode.READ_WRITE, 0, size));
        if ((long) LONGS.get(segment.map, 0) != MAGIC || (long) LONGS.get(segment.map, 8) != index) {
            segment.close();
            return Optional.empty();
        }
        return Optional.of(segment);
    }

    /** This file, zeroed already, as segment {@code newIndex}: header rewritten, then renamed. */
    JournalSegment reuse(long newIndex) throws IOException {
        Path renamed = file.resolveSibling(name(newIndex));
        JournalSegment segment = new JournalSegment(newIndex, renamed, channel, map);
        // A crash between the two leaves a file whose header does not match its name: it is then taken as a spare.
        segment.writeHeader();
        Files.move(file, renamed, StandardCopyOption.ATOMIC_MOVE);
        return segment;
    }

    static String name(long index) {
        return String.format("%019d.journal", index);
    }

    /** The journal position of the first record. */
    long start() {
        return ClickJournal.position(index, HEADER);
    }

    /** The record header at {@code offset}, as published (acquire). */
    long header(int offset) {
        return (long) LONGS.getAcquire(map, offset);
    }

    /** Publishes a record header (release): everything written before it is seen by whoever reads it. */
    void publish(int offset, long header) {
        LONGS.setRelease(map, offset, header);
    }

    /** Copies a record, header slot excluded, to {@code offset}; the header is published separately. */
    void put(int offset, byte[] record) {
        map.put(offset + VisitRecord.HEADER, record, VisitRecord.HEADER, record.length - VisitRecord.HEADER);
    }

    static long recordHeader(int payloadLength, int payloadCrc, long position) {
        return (long) payloadLength << 32 | (payloadCrc ^ mix(position)) & 0xFFFF_FFFFL;
    }

    static long skipHeader(int bytes) {
        return (long) -bytes << 32;
    }

    /** The length in a header: positive for a record's payload, negative for bytes to skip. */
    static int length(long header) {
        return (int) (header >> 32);
    }

    /** Whether {@code header} at {@code offset} heads a whole record written there (its checksum matches). */
    boolean isRecord(int offset, long header) {
        int length = length(header);
        if (length <= 0 || length > size - offset - VisitRecord.HEADER) {
            return false;
        }
        CRC32C crc = new CRC32C();
        crc.update(map.slice(offset + VisitRecord.HEADER, length));
        return recordHeader(length, (int) crc.getValue(), ClickJournal.position(index, offset)) == header;
    }

    /** Whether {@code header} at {@code offset} is a skip that ends inside this segment. */
    boolean isSkip(int offset, long header) {
        int length = length(header);
        return length < 0 && (int) header == 0 && -length % 8 == 0 && -length <= size - offset;
    }

    /** The visit of the record at {@code offset}, which {@link #isRecord} accepted. */
    Visit visit(int offset, long header) {
        return VisitRecord.decode(map.slice(offset + VisitRecord.HEADER, length(header))
                                          .order(ByteOrder.LITTLE_ENDIAN));
    }

    /** The offset of the first whole record in [{@code from}, {@code to}), or -1. Runs of zeros are passed at once. */
    int nextRecord(int from, int to) {
        int offset = from;
        while (offset <= to - VisitRecord.HEADER) {
            long header = header(offset);
            if (header == 0) {
                int nonZero = firstNonZero(offset, to);
                if (nonZero < 0) {
                    return -1;
                }
                offset = nonZero & ~7;
            } else if (isRecord(offset, header)) {
                return offset;
            } else {
                offset += 8;
            }
        }
        return -1;
    }

    /** Overwrites every record with zeros: nothing a visitor sent stays on disk once its click is stored. */
    void zero() {
        zero(HEADER, size);
    }

    /**
     * Overwrites [{@code from}, {@code to}) with zeros. Parts that are zeros already are only read: writing them would
     * dirty pages the kernel must then write back, which for an untouched segment is all of it.
     */
    void zero(int from, int to) {
        for (int at = from; at < to; at += ZEROS.length) {
            int length = Math.min(ZEROS.length, to - at);
            if (firstNonZero(at, at + length) >= 0) {
                map.put(at, ZEROS, 0, length);
            }
        }
    }

    /** The offset of the first byte in [{@code from}, {@code to}) that is not zero, or -1. */
    private int firstNonZero(int from, int to) {
        for (int at = from; at < to; at += ZEROS.length) {
            int length = Math.min(ZEROS.length, to - at);
            int mismatch = map.slice(at, length).mismatch(ByteBuffer.wrap(ZEROS, 0, length));
            if (mismatch >= 0) {
                return at + mismatch;
            }
        }
        return -1;
    }

    /** Writes [{@code from}, {@code to}) through to the disk (msync). */
    void force(int from, int to) {
        if (to > from) {
            map.force(from, to - from);
        }
    }

    void close() throws IOException {
        channel.close();
    }

    void delete() throws IOException {
        close();
        Files.deleteIfExists(file);
    }

    private void writeHeader() {
        LONGS.set(map, 0, MAGIC);
        LONGS.set(map, 8, index);
    }

    private static int mix(long position) {
        return (int) (position * 0x9E37_79B9_7F4A_7C15L >>> 32);
    }
}
