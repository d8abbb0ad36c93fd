package nl.samenspel.children.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.children.ChildPhotos;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/** The photo on a child's record: uploaded by staff, shown to those who may read the record. */
@Controller
@RequestMapping("/children")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
class PhotoController {

	private static final String EDITORS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private final ChildPhotos photos;
	private final ChildPages pages;

	PhotoController(ChildPhotos photos, ChildPages pages) {
		this.photos = photos;
		this.pages = pages;
	}

	@PostMapping("/{id}/photo")
	@PreAuthorize(EDITORS)
	String uploadPhoto(@PathVariable UUID id, @RequestParam(required = false) MultipartFile photo,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) throws IOException {
		try {
			photos.uploadPhoto(CurrentUser.required(), id, photo == null ? new byte[0] : photo.getBytes());
		}
		catch (FieldRejected rejected) {
			return pages.showAgain(id, FieldMessages.of(rejected, page.messages()), "photo", null, null, page, model);
		}
		redirect.addFlashAttribute("notice", "photo.saved");
		return "redirect:/children/" + id;
	}

	@GetMapping("/{id}/photo")
	@ResponseBody
	ResponseEntity<byte[]> photo(@PathVariable UUID id) {
		return photos.photo(CurrentUser.required(), id)
			.map(photo -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(photo.mediaType()))
				.header("Cache-Control", "private, no-store")
				.body(photo.content()))
			.orElseThrow(NotFound::new);
	}
}
