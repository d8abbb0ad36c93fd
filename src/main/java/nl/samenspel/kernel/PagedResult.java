package nl.samenspel.kernel;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** A page of a list as every JSON API returns it: {@code page} counts from 0. */
public record PagedResult<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <S, T> PagedResult<T> of(Page<S> page, Function<S, T> mapper) {
		return new PagedResult<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}
}
