package nl.samenspel.participation;

import java.util.List;
import java.util.UUID;

/**
 * An activity's satisfaction figure: the number of entries, the average score (0 without entries) and the
 * distribution over the scores 1 to 5 ({@code distribution.get(0)} is the number of 1s). No names, no texts.
 */
public record Satisfaction(UUID activityId, int entries, double average, List<Integer> distribution) {
}
