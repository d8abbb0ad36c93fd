package nl.samenspel.volunteers;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The default answer to {@link FreeVogScheme}: one setting for the installation,
 * {@code samenspel.volunteers.free-vog} (false unless set). A bean that knows per organisation (the organisation's
 * volunteer policy) takes precedence over it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FreeVogSetting implements FreeVogScheme {

	private final boolean qualifies;

	FreeVogSetting(@Value("${samenspel.volunteers.free-vog:false}") boolean qualifies) {
		this.qualifies = qualifies;
	}

	@Override
	public boolean qualifies(UUID organisationId) {
		return qualifies;
	}
}
