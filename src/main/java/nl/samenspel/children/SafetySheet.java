package nl.samenspel.children;

import java.util.List;
import java.util.UUID;

/**
 * What someone running a session needs in an emergency: the child's first name, the opened health information, the
 * emergency contacts and the guardians' phone numbers. Only for those who may see the child's health information.
 */
public record SafetySheet(UUID childId, String firstName, SafetyDetails safety, List<Contact> contacts) {

	/** Someone to call: an emergency contact or a guardian. */
	public record Contact(String name, String relation, String phone) {
	}
}
