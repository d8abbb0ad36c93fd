package nl.samenspel.participation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The documented Dutch danger list ({@code participation/danger-words-nl.txt}, whose header says where it comes from
 * and how to tune it): whether a child's question reads like a child in danger. Both the question and the list are
 * normalised (lower case, accents folded, punctuation removed) and matched as whole words; the exclusions are taken
 * out of the question first. Says only yes or no: never logs or keeps the text.
 */
@Component
class DangerWords {

	static final String LIST = "participation/danger-words-nl.txt";

	private final List<String> dangers;
	private final List<String> exclusions;

	DangerWords() {
		this(read());
	}

	DangerWords(List<String> lines) {
		var dangers = new ArrayList<String>();
		var exclusions = new ArrayList<String>();
		for (var line : lines) {
			var trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			if (trimmed.startsWith("!")) {
				var phrase = normalise(trimmed.substring(1));
				if (!phrase.isBlank()) {
					exclusions.add(phrase);
				}
			}
			else {
				var phrase = normalise(trimmed);
				if (!phrase.isBlank()) {
					dangers.add(phrase);
				}
			}
		}
		this.dangers = List.copyOf(dangers);
		this.exclusions = List.copyOf(exclusions);
	}

	private static List<String> read() {
		try (var in = new ClassPathResource(LIST).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
	}

	/** Whether the text contains a word or phrase of the list, as whole words, after the exclusions are removed. */
	boolean matches(String text) {
		var padded = " " + normalise(text) + " ";
		for (var exclusion : exclusions) {
			padded = padded.replace(" " + exclusion + " ", "  ");
		}
		for (var danger : dangers) {
			if (padded.contains(" " + danger + " ")) {
				return true;
			}
		}
		return false;
	}

	int size() {
		return dangers.size();
	}

	/** Lower case, accents folded, everything but letters and digits a space, spaces collapsed. */
	static String normalise(String text) {
		var folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		// "naaktfoto's" and "naaktfotos" are the same word
		folded = folded.replaceAll("['’‘`]", "");
		return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}
}
