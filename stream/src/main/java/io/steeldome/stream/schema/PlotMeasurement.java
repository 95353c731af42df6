package io.steeldome.stream.schema;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a plot measured; the JSON field {@code type} says which kind ({@code "enu"} or {@code "polar"}). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = EnuPlot.class, name = "enu"),
    @JsonSubTypes.Type(value = PolarPlot.class, name = "polar")
})
public sealed interface PlotMeasurement permits EnuPlot, PolarPlot {}
