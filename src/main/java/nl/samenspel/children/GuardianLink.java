package nl.samenspel.children;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** That a guardian is a child's parent or carer, and how. A guardian can have several children. */
@Table("child_guardian")
public record GuardianLink(UUID guardianId, Relation relation) {
}
