package nl.samenspel.participation.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.Cookies;
import nl.samenspel.participation.Kiosk;
import nl.samenspel.participation.Kiosks;

/** What every kiosk page needs: the kiosk the device's cookie opens, and answers the browser does not keep. */
@Component
class KioskRequests {

	/** The page of a kiosk that takes no input (locked, expired, or no kiosk at all). */
	static final String LOCKED = "participation/kiosk/locked";

	private final Kiosks kiosks;
	private final Cookies cookies;

	KioskRequests(Kiosks kiosks, Cookies cookies) {
		this.kiosks = kiosks;
		this.cookies = cookies;
	}

	/** The kiosk whose token the device's cookie holds, while it takes input. */
	Optional<Kiosk> kiosk(HttpServletRequest request) {
		return kiosks.byToken(cookies.value(request, Cookies.KIOSK));
	}

	/** Nothing of a kiosk page stays in the browser: not in its cache, not for the back button. */
	static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store, max-age=0");
		response.setHeader("Pragma", "no-cache");
		response.setHeader("Expires", "0");
	}

	/** An id a form sent, or null for none or nonsense. */
	static @Nullable UUID uuid(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
