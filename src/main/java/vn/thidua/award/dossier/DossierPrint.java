package vn.thidua.award.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.award.catalogue.AwardCatalogue;
import vn.thidua.award.catalogue.BaseSalary;
import vn.thidua.award.catalogue.CashAmount;
import vn.thidua.award.catalogue.CatalogueItem;
import vn.thidua.award.dossier.DossierService.DossierView;
import vn.thidua.shared.document.DocumentHeading;
import vn.thidua.shared.document.Signature;
import vn.thidua.shared.text.Formats;

/**
 * The printed dossier (hồ sơ đề nghị khen thưởng): the cover submission (tờ trình) to the
 * authority with the count of recipients by title or form and the expected cash, the list
 * of recipients (annex I) and a short achievement report of each (annex II, with the
 * titles and commendations already recorded for them). The cash is what the catalogue
 * gives with the base salary in force on the day of printing; the decision fixes it with
 * the base salary of its own date.
 */
@Component
@RequiredArgsConstructor
class DossierPrint {

	/** Room for the number, written by the records office. */
	static final String BLANK_NUMBER = "\u00a0".repeat(8);

	/** The most earlier awards shown in one achievement report. */
	static final int PAST_AWARDS_SHOWN = 10;

	private final DossierService dossiers;

	private final DossierAttachments attachments;

	private final AwardCatalogue catalogue;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** One recipient, with what the dossier proposes and the expected cash. */
	record Line(int no, String name, String rank, String position, String unitName, boolean collective, String itemName,
			String multiple, long amount, String achievement, List<String> pastAwards) {

	}

	/** Recipients of one title or form, counted, with the cash of all of them. */
	record ItemTotal(String itemName, int collectives, int individuals, long amount) {

	}

	/** Everything the printed dossier shows. */
	record Document(DossierView view, DocumentHeading heading, String addressee, String subject, String intro,
			List<ItemTotal> totals, int collectives, int individuals, long total, long baseSalary,
			LocalDate baseSalaryFrom, List<Line> lines, Signature signature, List<String> recipients,
			List<String> attachments) {

	}

	@Transactional(readOnly = true)
	Document document(long id, Locale locale) {
		DossierView view = this.dossiers.view(id);
		Dossier dossier = view.dossier();
		LocalDate today = LocalDate.now(this.clock);
		Unit unit = unit(dossier.getProposingUnitId());
		String place = DocumentHeading.placeOf(unit.provinceName());
		String authority = unit.parentName() != null ? unit.parentName() : text(locale, "document.authority.ministry");
		DocumentHeading heading = new DocumentHeading(authority, unit.name(), BLANK_NUMBER + "/TTr-" + unit.code(),
				place, today);
		BaseSalary salary = this.catalogue.baseSalaryOn(today).orElse(null);
		long base = salary == null ? 0 : salary.getAmount();

		Map<Long, Officer> officers = officers(view.lines());
		Map<String, List<String>> past = pastAwards(view.lines(), dossier.getYear(), locale);
		List<Line> lines = new ArrayList<>();
		Map<Long, ItemTotal> totals = new LinkedHashMap<>();
		int collectives = 0;
		int individuals = 0;
		long total = 0;
		for (DossierLine l : view.lines()) {
			CatalogueItem item = view.items().get(l.getItemId());
			long amount = item.getCashMultiple() == null || base == 0 ? 0 : CashAmount.of(item.getCashMultiple(), base);
			boolean collective = l.getOfficerId() == null;
			Officer officer = collective ? null : officers.get(l.getOfficerId());
			// numbered as printed: lines taken out of a draft leave no gap
			lines.add(new Line(lines.size() + 1, l.getRecipientName(), officer == null ? null : officer.rank(),
					officer == null ? null : officer.position(), officer == null ? null : officer.unitName(),
					collective, item.name(locale),
					item.getCashMultiple() == null ? "" : Formats.RECORDS.number(item.getCashMultiple()), amount,
					l.getAchievement(), past.getOrDefault(key(l), List.of())));
			ItemTotal before = totals.getOrDefault(item.getId(), new ItemTotal(item.name(locale), 0, 0, 0));
			totals.put(item.getId(), new ItemTotal(before.itemName(), before.collectives() + (collective ? 1 : 0),
					before.individuals() + (collective ? 0 : 1), before.amount() + amount));
			collectives += collective ? 1 : 0;
			individuals += collective ? 0 : 1;
			total += amount;
		}
		String addressee = text(locale, "award.dossier.print.to." + dossier.getAuthority(), unit.provinceName(), place);
		String subject = text(locale, "award.dossier.print.subject", String.valueOf(dossier.getYear()));
		String intro = text(locale, "award.dossier.print.intro." + dossier.getSource(), unit.name(),
				String.valueOf(dossier.getYear()), addressee, collectives, individuals);
		Signature signature = new Signature(null, text(locale, "award.dossier.print.signer"), "");
		List<String> recipients = List.of(text(locale, "award.dossier.print.recipient.above"),
				text(locale, "award.dossier.print.recipient.archive"));
		return new Document(view, heading, addressee, subject, intro, List.copyOf(totals.values()), collectives,
				individuals, total, base, salary == null ? null : salary.getValidFrom(), lines, signature, recipients,
				this.attachments.attachedTo(id).stream().map(DossierAttachments.Attached::title).toList());
	}

	/** The file name of the PDF or DOCX: "ho-so-de-nghi-khen-thuong-2026-12.pdf". */
	static String fileName(Dossier dossier, String extension) {
		return "ho-so-de-nghi-khen-thuong-" + dossier.getYear() + "-" + dossier.getId() + "." + extension;
	}

	private record Unit(String code, String name, String parentName, String provinceName) {

	}

	/**
	 * The proposing unit, its parent (the governing authority of the heading) and the
	 * provincial police it belongs to (for the place and the addressee).
	 */
	private Unit unit(long id) {
		return this.jdbc.sql("""
				select u.code, u.name, p.name,
				       (select r.name from organization_unit_v r
				        where u.path like r.path || '%' and r.parent_id is null limit 1)
				from organization_unit_v u left join organization_unit_v p on p.id = u.parent_id
				where u.id = :id""")
			.param("id", id)
			.query((rs, i) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4) == null ? rs.getString(2) : rs.getString(4)))
			.single();
	}

	private record Officer(String rank, String position, String unitName) {

	}

	/** The officers of the lines, in one query. */
	private Map<Long, Officer> officers(List<DossierLine> lines) {
		List<Long> ids = lines.stream().map(DossierLine::getOfficerId).filter(o -> o != null).distinct().toList();
		Map<Long, Officer> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select o.id, o.rank, o.position, u.name from organization_officer_v o
				join organization_unit_v u on u.id = o.unit_id where o.id in (:ids)""")
			.param("ids", ids)
			.query((java.sql.ResultSet rs) -> {
				found.put(rs.getLong(1), new Officer(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		return found;
	}

	/**
	 * The titles and commendations recorded for the recipients before the dossier's year,
	 * newest first, in one query: "2025: Chiến sĩ thi đua cơ sở (QĐ 1234/QĐ-CAT)".
	 */
	private Map<String, List<String>> pastAwards(List<DossierLine> lines, int year, Locale locale) {
		List<Long> officerIds = lines.stream()
			.map(DossierLine::getOfficerId)
			.filter(o -> o != null)
			.distinct()
			.toList();
		List<Long> unitIds = lines.stream()
			.filter(l -> l.getOfficerId() == null)
			.map(DossierLine::getUnitId)
			.distinct()
			.toList();
		Map<String, List<String>> found = new HashMap<>();
		if (officerIds.isEmpty() && unitIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select r.officer_id, r.unit_id, d.year, i.name_vi, d.number from award_record r
				join award_decision d on d.id = r.decision_id
				join award_catalogue_item i on i.id = r.item_id
				where d.state = 'RECORDED' and d.superseded_by_id is null and d.year < :year
				  and (r.officer_id in (:officers) or (r.officer_id is null and r.unit_id in (:units)))
				order by d.year desc, d.decided_on desc, r.id""")
			.param("year", year)
			.param("officers", officerIds.isEmpty() ? List.of(-1L) : officerIds)
			.param("units", unitIds.isEmpty() ? List.of(-1L) : unitIds)
			.query((java.sql.ResultSet rs) -> {
				Long officer = (Long) rs.getObject(1, Long.class);
				String key = officer != null ? "o" + officer : "u" + rs.getLong(2);
				List<String> list = found.computeIfAbsent(key, k -> new ArrayList<>());
				if (list.size() < PAST_AWARDS_SHOWN) {
					list.add(text(locale, "award.dossier.print.pastAward", String.valueOf(rs.getInt(3)),
							rs.getString(4), rs.getString(5)));
				}
			});
		return found;
	}

	private static String key(DossierLine line) {
		return line.getOfficerId() != null ? "o" + line.getOfficerId() : "u" + line.getUnitId();
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
