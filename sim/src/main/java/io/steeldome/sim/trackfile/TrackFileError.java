package io.steeldome.sim.trackfile;

import io.steeldome.core.error.ErrorCode;

/** Failures of tracking input and output files. Each message names the file and line and says how to fix it. */
public enum TrackFileError implements ErrorCode {
    UNREADABLE("cannot read {0}: {1}"),
    UNWRITABLE("cannot write {0}: {1}; check that the directory exists and is writable"),
    EMPTY_FILE("{0}:1: the file is empty; it needs a header line such as ''{1}''"),
    MISSING_COLUMN("{0}:{1}: the header has no column ''{2}''; it must name the columns {3} (in any order)"),
    DUPLICATE_COLUMN("{0}:{1}: column ''{2}'' appears twice in the header; keep one"),
    KIND_COLUMN("{0}:{1}: a measurements file must not have a ''kind'' column: the tracker may not be told which"
            + " detections are clutter; split a scenario file into M.csv and G.csv (tools/split_scenario.py)"),
    FIELD_COUNT("{0}:{1}: the row has {2} fields but the header has {3}; give one value per header column"
            + " (quoted fields are not supported)"),
    BAD_NUMBER("{0}:{1}: column ''{2}'' is ''{3}'', which is not a finite number; write a decimal number such as"
            + " 12.5"),
    BAD_INTEGER("{0}:{1}: column ''{2}'' is ''{3}''; it must be a whole number, {4}"),
    SCAN_ORDER("{0}:{1}: scan {2} comes after scan {3}; sort the rows by scan, all rows of a scan together"),
    SCAN_TIME_CHANGES(
            "{0}:{1}: scan {2} has time_s {3} here but {4} on line {5}; all rows of a scan share one" + " time"),
    TIME_BACKWARDS("{0}:{1}: time_s {2} of scan {3} is not after time_s {4} of scan {5} at {6}; time must"
            + " increase with the scan number"),
    DUPLICATE_TARGET("{0}:{1}: target_id {2} appears twice in scan {3} (also on line {4}); give each target one row"
            + " per scan"),
    SCAN_TIME_MISMATCH("{0}:{1}: scan {2} has time_s {3} but {4}:{5} gives it time_s {6}; the measurements and"
            + " the truth must come from the same run"),
    SCAN_NOT_IN_TRUTH("{0}:{1}: scan {2} lies outside the scans {3} to {4} of the truth file {5}; the truth must"
            + " cover every scan of the measurements"),
    DT_TOO_LONG("{0}:{1}: scan {2} at time_s {3} is too soon after scan {4} at time_s {5} for --dt {6} s: the"
            + " scans between them have no rows and would be placed after it; pass the real scan period with"
            + " --dt"),
    NO_SCANS("{0} has no rows and there is no truth; give at least one detection"),
    NOT_IMPLEMENTED("not implemented yet: {0} (issue 4); use {1}");

    private final String template;

    TrackFileError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
