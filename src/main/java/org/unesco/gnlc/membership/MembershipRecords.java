package org.unesco.gnlc.membership;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.sql.Timestamp;

import lombok.RequiredArgsConstructor;

/**
 * The membership record of a city as other features may read it: its approved
 * application. One statement.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class MembershipRecords {

	private final JdbcClient jdbc;

	/** The city's latest approved application, if UIL admitted it through the portal. */
	public Optional<MembershipRecord> latestApprovedOf(long cityId) {
		return jdbc.sql("""
				select city_id, reference, decided_at, mayor_salutation, mayor_name, mayor_title, contact_name,
				       contact_title, contact_email, contact_phone, population
				from membership_application
				where city_id = :city and state = 'APPROVED'
				order by decided_at desc nulls last, id desc
				limit 1
				""").param("city", cityId).query((rs, row) -> {
			String salutation = rs.getString("mayor_salutation");
			String name = rs.getString("mayor_name");
			String mayor = name == null ? null
					: salutation == null || salutation.isBlank() ? name : salutation.strip() + " " + name;
			Timestamp decided = rs.getTimestamp("decided_at");
			return new MembershipRecord(rs.getLong("city_id"), rs.getString("reference"),
					decided == null ? null : decided.toInstant(), mayor, rs.getString("mayor_title"),
					rs.getString("contact_name"), rs.getString("contact_title"), rs.getString("contact_email"),
					rs.getString("contact_phone"), rs.getObject("population", Long.class));
		}).optional();
	}

}
