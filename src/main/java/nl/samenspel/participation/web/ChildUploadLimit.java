package nl.samenspel.participation.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;

import nl.samenspel.kernel.FieldRejected;

/**
 * A child's idea with a drawing or photo (the kiosk's {@code POST /kiosk/child/{id}/idea}, the login's
 * {@code POST /kind/ideeen/{round}}) that is too large to be a picture the module keeps (over {@link #LIMIT}; the
 * picture itself may be 5 MB) is answered before anything reads it: before the CSRF check (which would read the
 * multipart body and fail, or the servlet's own 50 MB limit would give a staff error page) the body is drained and the
 * child is sent back to the form with a child's message next to the file field ({@link #MESSAGE}); the text is lost,
 * nothing is saved. A body without a length (chunked) is answered the same way, unread. A smaller upload that is still
 * no picture is refused by {@code ChildVoice} with the text kept.
 */
@Component
@Order(-110) // before Spring Security's filter chain (-100)
class ChildUploadLimit extends OncePerRequestFilter {

	/** The picture's 5 MB, the text and the multipart overhead, with room to spare. */
	static final long LIMIT = 6L * 1024 * 1024;

	/** Read and thrown away at most this much, so the browser gets the redirect instead of a closed connection. */
	static final long DRAIN = 64L * 1024 * 1024;

	/** The query parameter value that tells the form why the child is back. */
	static final String TOO_LARGE = "tooLarge";

	static final String MESSAGE = "participation.childPicture.error.tooLarge";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || formOf(request.getRequestURI()) == null;
	}

	/** Where the child goes back to, for the two idea forms that take a picture; anything else: null. */
	static @Nullable String formOf(String uri) {
		var parts = uri.split("/", -1);
		if (parts.length == 5 && "kiosk".equals(parts[1]) && "child".equals(parts[2]) && "idea".equals(parts[4])
				&& plain(parts[3])) {
			return uri + "?picture=" + TOO_LARGE;
		}
		if (parts.length == 4 && "kind".equals(parts[1]) && "ideeen".equals(parts[2]) && plain(parts[3])) {
			return "/kind/ideeen?picture=" + TOO_LARGE + "&round=" + parts[3];
		}
		return null;
	}

	private static boolean plain(String segment) {
		return segment.matches("[0-9a-fA-F-]{1,36}");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var length = request.getContentLengthLong();
		// a body sent in chunks tells its size only once it is read (up to the servlet's 50 MB): a browser's form never
		// does that, so it is answered as too large without reading it
		var chunked = request.getHeader("Transfer-Encoding") != null;
		if (!chunked && length <= LIMIT) {
			chain.doFilter(request, response);
			return;
		}
		if (!chunked && length <= DRAIN) {
			request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
		}
		response.setHeader("Cache-Control", "no-store");
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", formOf(request.getRequestURI()));
	}

	/** The uploaded picture's bytes; no file chosen: null. A chosen file that is empty is refused as no picture. */
	static byte @Nullable [] bytes(@Nullable MultipartFile picture) {
		if (picture == null || (picture.isEmpty() && (picture.getOriginalFilename() == null
				|| picture.getOriginalFilename().isBlank()))) {
			return null;
		}
		try {
			return picture.getBytes();
		}
		catch (IOException unreadable) {
			throw new FieldRejected("picture", "participation.childPicture.error.format");
		}
	}
}
