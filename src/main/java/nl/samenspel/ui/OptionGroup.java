package nl.samenspel.ui;

import java.util.List;

/** Choices of a select list under one heading (an {@code optgroup}), such as the neighbourhoods of one municipality. */
public record OptionGroup(String label, List<Option> options) {
}
