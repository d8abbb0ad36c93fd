package nl.samenspel.participation.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.samenspel.participation.ChildLogins;
import nl.samenspel.participation.Pictogram;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/** What the child login pages show. */
public final class ChildLoginViews {

	private ChildLoginViews() {
	}

	public record LoginList(List<ChildLogins.Line> lines, String query, nl.samenspel.ui.Pager pager, FieldMessages errors) {
	}

	/** A pictogram as a child sees it: the emoji (decoration) and its name. */
	public record Picture(Pictogram pictogram, String emoji, String name) {
	}

	/** The sign-in form: what was typed stays (never the pictures), and one message for every failure. */
	public record SignIn(String code, List<Picture> pictures, int count, FieldMessages errors) {
	}

	static Map<Pictogram, Picture> pictures(Page page) {
		return Arrays.stream(Pictogram.values())
			.map(pictogram -> new Picture(pictogram, pictogram.emoji(), page.t(pictogram.messageKey())))
			.collect(Collectors.toMap(Picture::pictogram, Function.identity()));
	}

	static List<Picture> pictureList(Page page) {
		var all = pictures(page);
		return Arrays.stream(Pictogram.values()).map(all::get).toList();
	}
}
