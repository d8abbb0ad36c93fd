package nl.samenspel.volunteers;

import org.jspecify.annotations.Nullable;

/** The list's search: part of the name (empty: everyone), a status and a screening state (null: any). */
public record VolunteerQuery(String name, @Nullable VolunteerStatus status, @Nullable ScreeningState screening) {
}
