package io.steeldome.core.error;

/** A message template (java.text.MessageFormat syntax) for one kind of failure. Each module keeps an enum of them. */
public interface ErrorCode {
    /** The template; arguments are {0}, {1}, ... */
    String template();
}
