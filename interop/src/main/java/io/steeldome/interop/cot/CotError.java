package io.steeldome.interop.cot;

import io.steeldome.core.error.ErrorCode;

/** Failures of CoT reading, writing, validation and transport. */
public enum CotError implements ErrorCode {
    MALFORMED_XML("malformed XML at line {0}, column {1}: {2}"),
    NOT_AN_EVENT("root element is <{0}>, expected <event>"),
    MISSING_ATTRIBUTE("<{0}> has no {1} attribute"),
    BAD_NUMBER("<{0}> attribute {1} = \"{2}\" is not a number"),
    OUT_OF_RANGE("<{0}> attribute {1} = {2} is outside [{3}, {4}]"),
    BAD_TIME("attribute {0} = \"{1}\" is not an ISO-8601 UTC date-time"),
    MISSING_POINT("event {0} has no <point>"),
    DUPLICATE_ELEMENT("event {0} has more than one <{1}>"),
    DUPLICATE_ATTRIBUTE("<{0}> has the attribute {1} twice"),
    DTD_NOT_ALLOWED("a DOCTYPE declaration at line {0}: CoT never uses one, and DTDs are refused (XXE protection)"),
    BLANK_FIELD("event field {0} is blank"),
    BAD_SYNTAX("{0} = \"{1}\" does not match the CoT 2.0 pattern {2}"),
    STALE_BEFORE_START("event {0}: stale {1} is before start {2}; an event must be valid for a non-negative interval"),
    BAD_XML_NAME("\"{0}\" is not a valid XML name"),
    BAD_XML_CHAR("{0} contains the character U+{1}, which XML 1.0 cannot carry"),
    EVENT_TOO_LARGE("event of {0} bytes exceeds the limit of {1} bytes"),
    TRUNCATED("stream ended inside an event after {0} characters"),
    INTERRUPTED_EVENT("a new <{0}> started before the previous event was closed; the partial event was dropped"),
    TRANSPORT_CLOSED("{0} is closed"),
    UNSUPPORTED_PAYLOAD("payload starts with byte 0x{0}: TAK protocol (protobuf) messages are not read here, only XML"),
    IO("{0} failed: {1}");

    private final String template;

    CotError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
