package nl.samenspel.network;

import java.util.EnumSet;
import java.util.Set;

/** Where a referral stands. The referring staff propose, send and withdraw; the partner answers and follows up. */
public enum ReferralStatus {
	PROPOSED, SENT, ACCEPTED, DECLINED, IN_PROGRESS, COMPLETED, NO_LONGER_NEEDED;

	/** The statuses a PARTNER may set, and from which. */
	static final Set<ReferralStatus> PARTNER_SETS = EnumSet.of(ACCEPTED, DECLINED, IN_PROGRESS, COMPLETED);

	public boolean open() {
		return this != DECLINED && this != COMPLETED && this != NO_LONGER_NEEDED;
	}

	/** Whether this status may follow the current one. */
	public boolean mayFollow(ReferralStatus current) {
		return switch (this) {
			case PROPOSED -> false;
			case SENT -> current == PROPOSED;
			case ACCEPTED, DECLINED -> current == SENT;
			case IN_PROGRESS -> current == ACCEPTED;
			case COMPLETED -> current == ACCEPTED || current == IN_PROGRESS;
			case NO_LONGER_NEEDED -> current.open();
		};
	}
}
