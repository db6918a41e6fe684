package org.unesco.gnlc.city;

import java.io.IOException;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The directory as open data: {@code /api/cities} (JSON, paginated) and
 * {@code /cities.csv} (every matching city), with the same filters as {@code /cities}.
 * Parameters that cannot be used answer 400 with an explanation in the reader's language,
 * never a guess. {@link OpenData} writes both.
 */
@RestController
@RequiredArgsConstructor
class OpenDataController {

	private final OpenData openData;

	@GetMapping(value = "/api/cities", produces = MediaType.APPLICATION_JSON_VALUE)
	@CrossOrigin(origins = "*", methods = RequestMethod.GET)
	ResponseEntity<?> cities(DirectoryRequest.Parameters parameters, Locale locale) {
		DirectoryRequest.Parsed request = parameters.parse(true);
		if (!request.problems().isEmpty()) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(openData.problem(request.problems(), locale));
		}
		return ResponseEntity.ok(openData.page(request.query(), locale, base()));
	}

	@GetMapping("/cities.csv")
	void csv(DirectoryRequest.Parameters parameters, Locale locale, HttpServletResponse response) throws IOException {
		DirectoryRequest.Parsed request = parameters.parseAll();
		if (!request.problems().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write(openData.problemLines(request.problems(), locale));
			return;
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gnlc-member-cities.csv\"");
		openData.csv(request.query(), locale, base(), response.getWriter());
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
