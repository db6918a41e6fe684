package org.unesco.gnlc.award;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Award's cycles and criteria in Arabic: UIL writes an optional Arabic title and
 * optional Arabic criteria beside the English, French and Spanish ones (in fields laid
 * out from right to left); an Arabic reader sees them, or the English ones where UIL
 * wrote none; the cycles and criteria of the calls come with their Arabic texts (V104).
 */
@PortalTest
class AwardCycleArabicTests extends CycleAdministrationSteps {

	private static final String ARABIC_2024 = "جائزة اليونسكو لمدن التعلّم 2024";

	@Test
	void anArabicReaderSeesThe2024CycleAndItsCriteriaInArabic() throws Exception {
		assertThat(page("/award/cycles/2024", Role.UIL_REVIEWER).selectFirst("h1").text()).isEqualTo(ARABIC_2024);
		assertThat(page("/award/cycles", Role.UIL_REVIEWER).text()).contains(ARABIC_2024);
		assertThat(page("/awards/2024", null).selectFirst("h1").text()).contains(ARABIC_2024);
		long id = jdbc.sql("select id from award_cycle where year = 2024").query(Long.class).single();
		Document administration = page("/admin/award-cycles/" + id, Role.UIL_ADMIN);
		assertThat(administration.text()).contains("التقدّم في تنفيذ خطة مدينة التعلّم", "الرصد والتقييم")
			.doesNotContain("Monitoring and evaluation");
		long later = jdbc.sql("select count(*) from award_cycle where year > 2024").query(Long.class).single();
		assertThat(page("/admin/award-cycles?page=" + later / CycleAdministration.PAGE_SIZE, Role.UIL_ADMIN).text())
			.contains(ARABIC_2024);
	}

	@Test
	void aCycleWithoutAnArabicTitleShowsItsEnglishTitleToAnArabicReader() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		String english = "Test Award " + cycle.year();

		assertThat(page("/award/cycles/" + cycle.year(), Role.UIL_ADMIN).selectFirst("h1").text()).isEqualTo(english);
		Element row = page("/award/cycles", Role.UIL_ADMIN)
			.selectFirst("tr:has(a[href=/award/cycles/" + cycle.year() + "])");
		assertThat(row).isNotNull();
		assertThat(row.text()).contains(english);
	}

	@Test
	void theCycleFormSavesTheArabicTitleShowsItAgainAndABlankOneFallsBackToEnglish() throws Exception {
		long id = planned();
		int year = yearOf(id);
		Document form = page("/admin/award-cycles/" + id + "/edit", Role.UIL_ADMIN);
		Element field = form.selectFirst("input#titleAr");
		assertThat(field).isNotNull();
		assertThat(field.attr("lang")).isEqualTo("ar");
		assertThat(field.attr("dir")).isEqualTo("rtl");
		assertThat(form.selectFirst("label[for=titleAr]").text()).isEqualTo("العنوان بالعربية");
		assertThat(form.selectFirst("input#titleEn").attr("dir")).isEqualTo("ltr");

		String arabic = "جائزة اليونسكو لمدن التعلّم " + year;
		mvc.perform(cycleForm(post("/admin/award-cycles/{id}", id), version(id), year, "titleAr", " " + arabic + " "))
			.andExpect(status().is3xxRedirection());
		assertThat(titleAr(id)).isEqualTo(arabic);
		assertThat(page("/admin/award-cycles/" + id + "/edit", Role.UIL_ADMIN).selectFirst("input#titleAr").val())
			.isEqualTo(arabic);
		assertThat(page("/award/cycles/" + year, Role.UIL_ADMIN).selectFirst("h1").text()).isEqualTo(arabic);

		mvc.perform(cycleForm(post("/admin/award-cycles/{id}", id), version(id), year, "titleAr", "  "))
			.andExpect(status().is3xxRedirection());
		assertThat(titleAr(id)).isNull();
		assertThat(page("/award/cycles/" + year, Role.UIL_ADMIN).selectFirst("h1").text())
			.isEqualTo("UNESCO Learning City Award " + year);
	}

	@Test
	void aNewCycleIsOfferedTheArabicTitleOfTheCalls() throws Exception {
		Element field = page("/admin/award-cycles/new", Role.UIL_ADMIN).selectFirst("input#titleAr");
		assertThat(field).isNotNull();
		assertThat(field.val()).startsWith("جائزة اليونسكو لمدن التعلّم ");
	}

	@Test
	void anArabicTitleTooLongIsRefusedOnTheFormAndNothingIsSaved() throws Exception {
		long id = planned();
		long version = version(id);
		mvc.perform(cycleForm(post("/admin/award-cycles/{id}", id), version, yearOf(id), "titleAr", "ع".repeat(201)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("cycleForm", "titleAr"));
		assertThat(version(id)).isEqualTo(version);
		assertThat(titleAr(id)).isNull();
	}

	@Test
	void theCriterionFormSavesTheArabicTextsAndACriterionWithoutThemShowsTheEnglishOnes() throws Exception {
		long id = planned();
		mvc.perform(criterionForm(post("/admin/award-cycles/{id}/criteria", id), version(id), "Arabic criterion", 2,
				"nameAr", "معيار تجريبي", "descriptionAr", "ما فعلته المدينة"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(criterionForm(post("/admin/award-cycles/{id}/criteria", id), version(id), "English only", 1))
			.andExpect(status().is3xxRedirection());

		long criterion = jdbc
			.sql("select id from award_criterion where cycle_id = :id and name_en = 'Arabic criterion'")
			.param("id", id)
			.query(Long.class)
			.single();
		Document form = page("/admin/award-cycles/" + id + "/criteria/" + criterion, Role.UIL_ADMIN);
		assertThat(form.selectFirst("input#nameAr").val()).isEqualTo("معيار تجريبي");
		assertThat(form.selectFirst("textarea#descriptionAr").attr("dir")).isEqualTo("rtl");
		assertThat(form.selectFirst("textarea#descriptionAr").text()).isEqualTo("ما فعلته المدينة");

		String criteria = page("/admin/award-cycles/" + id, Role.UIL_ADMIN).selectFirst("#criteria-heading")
			.parent()
			.text();
		assertThat(criteria).contains("معيار تجريبي", "English only").doesNotContain("Arabic criterion");
	}

	private @Nullable String titleAr(long id) {
		return jdbc.sql("select title_ar from award_cycle where id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.get(0);
	}

	private Document page(String address, @Nullable Role role) throws Exception {
		MockHttpServletRequestBuilder request = get(address).param("lang", "ar");
		if (role != null) {
			request = request.with(DemoUsers.signedInAs(role));
		}
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
