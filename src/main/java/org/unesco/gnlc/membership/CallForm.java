package org.unesco.gnlc.membership;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unesco.gnlc.shared.web.ShownAt;

/** UIL_ADMIN's definition of a membership call. */
record CallForm(long version, @NotBlank @Size(max = 200) @Nullable String title,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate opensOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closesOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decisionDeadline,
		@NotNull @Min(1) @Max(50) @Nullable Integer perCountryLimit) {

	static CallForm empty() {
		return new CallForm(0, null, null, null, null, MembershipCall.DEFAULT_PER_COUNTRY_LIMIT);
	}

	static CallForm of(MembershipCall call) {
		return new CallForm(call.version(), call.title(), call.opensOn(), call.closesOn(), call.decisionDeadline(),
				call.perCountryLimit());
	}

	@AssertTrue(message = "{membership.call.datesInOrder}")
	@ShownAt("closesOn")
	boolean isClosingAfterOpeningAndDecidingAfterClosing() {
		if (opensOn == null || closesOn == null || decisionDeadline == null) {
			return true;
		}
		return !closesOn.isBefore(opensOn) && !decisionDeadline.isBefore(closesOn);
	}

}
