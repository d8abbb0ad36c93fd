package nl.samenspel.activities;

import java.util.List;

/** What adding a schedule did: how many sessions it made, and which of them overlap another at the same place. */
public record ScheduleResult(int created, List<Overlap> overlaps) {
}
