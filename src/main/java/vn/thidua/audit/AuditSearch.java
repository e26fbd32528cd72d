package vn.thidua.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.text.Formats;
import vn.thidua.shared.text.VietnameseText;

/**
 * The administrators' audit list: newest first, one query and one count per page.
 */
@Service
@RequiredArgsConstructor
class AuditSearch {

	static final int PAGE_SIZE = 50;

	/**
	 * Letters with diacritics and capitals, and what {@link VietnameseText#fold} makes of
	 * each: PostgreSQL's {@code translate} with these folds a stored label the same way,
	 * with no extension to install and whatever the server's locale.
	 */
	static final String FOLD_FROM;

	static final String FOLD_TO;

	static {
		StringBuilder from = new StringBuilder();
		StringBuilder to = new StringBuilder();
		for (char c = 'A'; c <= '\u1EFF'; c++) {
			if (c > 'Z' && c < '\u00C0' || c > '\u024F' && c < '\u1E00') {
				continue;
			}
			String folded = VietnameseText.fold(String.valueOf(c));
			if (folded.length() == 1 && folded.charAt(0) != c && folded.charAt(0) >= 'a' && folded.charAt(0) <= 'z') {
				from.append(c);
				to.append(folded);
			}
		}
		FOLD_FROM = from.toString();
		FOLD_TO = to.toString();
	}

	private final AuditEventRepository events;

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<AuditRow> search(AuditFilter filter, int page) {
		var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		return this.events.findAll(matching(filter), pageable).map(AuditRow::of);
	}

	static Specification<AuditEvent> matching(AuditFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (hasText(filter.actor())) {
				where
					.add(cb.like(cb.lower(root.get("actor")), contains(filter.actor().toLowerCase(Locale.ROOT)), '\\'));
			}
			if (hasText(filter.action())) {
				where.add(cb.equal(root.get("action"), filter.action().trim()));
			}
			if (hasText(filter.type())) {
				where.add(cb.equal(root.get("objectType"), filter.type().trim()));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), startOf(filter.from())));
			}
			if (filter.to() != null) {
				where.add(cb.lessThan(root.get("occurredAt"), startOf(filter.to().plusDays(1))));
			}
			String like = VietnameseText.likePattern(filter.q());
			if (like != null) {
				Expression<String> folded = cb.function("translate", String.class, root.get("objectLabel"),
						cb.literal(FOLD_FROM), cb.literal(FOLD_TO));
				where.add(cb.like(folded, like, '\\'));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static java.time.Instant startOf(LocalDate day) {
		return day.atStartOfDay(Formats.ZONE).toInstant();
	}

	private static String contains(String text) {
		return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
