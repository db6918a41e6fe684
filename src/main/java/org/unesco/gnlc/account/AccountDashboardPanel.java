package org.unesco.gnlc.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.DashboardPanel;

/**
 * The account's part of the dashboard: everyone's profile, password and two-factor
 * sign-in; a city official's colleagues waiting for approval; UIL_ADMIN's accounts,
 * invitations, outbox and security log. At most two count queries.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class AccountDashboardPanel implements DashboardPanel {

	private final AccountRepository accounts;

	@Override
	public Optional<Panel> panelFor(PortalUser user) {
		List<Item> items = new ArrayList<>();
		if (user.is(Role.UIL_ADMIN)) {
			long waiting = accounts.countAllAwaitingApproval();
			items.add(Item.link("account.dashboard.accounts", "/admin/accounts"));
			if (waiting > 0) {
				items.add(Item.link("account.dashboard.awaiting", "/admin/accounts?state=AWAITING_APPROVAL", waiting));
			}
			items.add(Item.link("account.dashboard.invitations", "/admin/invitations"));
			items.add(Item.link("account.dashboard.outbox", "/admin/outbox"));
			items.add(Item.link("account.dashboard.securityLog", "/admin/security-log"));
		}
		if (user.is(Role.CITY_OFFICIAL) && user.cityId() != null) {
			long waiting = accounts.countAwaitingApproval(user.cityId());
			items.add(waiting > 0 ? Item.link("account.dashboard.joinRequests", "/city-officials", waiting)
					: Item.link("account.dashboard.colleagues", "/city-officials"));
		}
		items.add(Item.link("account.dashboard.profile", "/profile"));
		items.add(Item.link("account.dashboard.password", "/account/password"));
		items.add(Item.link("account.dashboard.twoFactor", "/account/two-factor"));
		return Optional.of(new Panel("account.dashboard.title", items));
	}

	@Override
	public int order() {
		return 1000;
	}

}
