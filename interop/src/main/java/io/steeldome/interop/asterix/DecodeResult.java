package io.steeldome.interop.asterix;

import java.util.List;

/** Everything decoded from one input: the records that decoded cleanly, in input order, and the errors. */
public record DecodeResult(List<AsterixRecord> records, List<AsterixDecodeError> errors) {
    public DecodeResult {
        records = List.copyOf(records);
        errors = List.copyOf(errors);
    }
}
