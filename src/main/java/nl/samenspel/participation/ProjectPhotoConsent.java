package nl.samenspel.participation;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentWithdrawn;

/**
 * A project photo goes with the consent it relied on: when a guardian withdraws a consent and the child no longer has
 * one for internal photos, every project photo showing the child is removed. Idempotent: a second delivery finds none,
 * and a consent given again in the meantime keeps the photos.
 */
@Component
class ProjectPhotoConsent {

	private final ChildManagement children;
	private final ProjectStore store;

	ProjectPhotoConsent(ChildManagement children, ProjectStore store) {
		this.children = children;
		this.store = store;
	}

	@ApplicationModuleListener
	void on(ConsentWithdrawn event) {
		if (children.allowing(event.organisationId(), List.of(event.childId()), ConsentPurpose.PHOTOS_INTERNAL).isEmpty()) {
			store.removePhotosShowing(event.organisationId(), event.childId());
		}
	}
}
