package io.steeldome.interop.cot;

/** A node of a CoT {@code detail} tree: an element or a run of text. Comments and processing instructions are not kept. */
public sealed interface XmlNode permits XmlElement, XmlText {}
