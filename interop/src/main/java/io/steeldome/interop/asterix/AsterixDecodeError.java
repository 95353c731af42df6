package io.steeldome.interop.asterix;

import java.util.Objects;
import java.util.Optional;

/**
 * One decoding failure, located in the input.
 *
 * @param kind what went wrong
 * @param offset byte offset within the decoded input (file offset for pcap input)
 * @param category ASTERIX category of the block concerned, or -1 if not known (pcap framing errors)
 * @param itemId item concerned ({@code I048/250}), if any
 * @param message human-readable detail
 */
public record AsterixDecodeError(Kind kind, long offset, int category, Optional<String> itemId, String message) {
    public AsterixDecodeError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(message, "message");
    }

    /** Kinds of decoding failure. */
    public enum Kind {
        /** Fewer than 3 bytes left for a data block header, or the block LEN runs past the input. */
        TRUNCATED_BLOCK,
        /** Block LEN below 3. The rest of the input cannot be framed. */
        BAD_BLOCK_LENGTH,
        /** No definition is loaded for the block's category; the block is skipped. */
        UNKNOWN_CATEGORY,
        /** A record's FSPEC or an item runs past the end of its block. */
        TRUNCATED_RECORD,
        /** The FSPEC selects more items than the UAP has, or a spare FRN. */
        BAD_FSPEC,
        /** An extended item sets FX in its last defined extent, or a compound FSPEC selects an undefined sub-item. */
        BAD_ITEM_STRUCTURE,
        /** An explicit item has length 0 or runs past its record. */
        BAD_EXPLICIT_LENGTH,
        /** Records after a broken one in the same block cannot be located; they are lost. */
        RECORDS_LOST,
        /** The pcap global or record header is truncated or invalid. */
        BAD_PCAP,
        /** A link-layer type other than Ethernet, raw IPv4 or Linux SLL. */
        UNSUPPORTED_LINK_TYPE,
        /** Ethernet, IPv4 or UDP framing is truncated or inconsistent. */
        BAD_PACKET,
        /** An IPv4 fragment; ASTERIX in fragmented datagrams is not reassembled. */
        IP_FRAGMENT
    }

    @Override
    public String toString() {
        return kind + " at byte " + offset + (category >= 0 ? " CAT" + category : "")
                + itemId.map(i -> " " + i).orElse("") + ": " + message;
    }
}
