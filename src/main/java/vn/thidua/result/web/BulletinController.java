package vn.thidua.result.web;

import java.text.Normalizer;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.result.Bulletin;
import vn.thidua.result.BulletinService;
import vn.thidua.result.DefaultPeriodService;
import vn.thidua.result.RankingService;
import vn.thidua.result.TrendService;
import vn.thidua.result.UnitTrend;
import vn.thidua.result.YearEndService;
import vn.thidua.campaign.Campaign;
import vn.thidua.shared.document.DocumentHeading;
import vn.thidua.shared.document.DocumentRenderer;
import vn.thidua.shared.document.DocumentResponses;
import vn.thidua.shared.document.Signature;
import vn.thidua.shared.text.Formats;
import vn.thidua.shared.web.NotFoundException;

/**
 * The monthly bulletin of results (thông báo kết quả thi đua tháng MM/YYYY), as a print
 * view and a PDF in the Decree 30/2020 layout, of every cluster the user sees or of one;
 * and a unit's score trend (diễn biến điểm) with its chart. Scoped like the rankings.
 */
@Controller
@RequestMapping("/results")
@RequiredArgsConstructor
class BulletinController {

	static final String TEMPLATE = "bulletin/print";

	/** Room for the number, written by the records office when the bulletin is issued. */
	static final String BLANK_NUMBER = "\u00a0".repeat(8);

	private final BulletinService bulletins;

	private final TrendService trends;

	private final YearEndService yearEnd;

	private final RankingService rankings;

	private final DefaultPeriodService defaults;

	private final DocumentRenderer documents;

	private final MessageSource messages;

	@GetMapping("/bulletin")
	String print(@RequestParam(required = false) Long campaign, @RequestParam(required = false) Long cluster,
			@RequestParam(required = false) String month, Model model, Locale locale) {
		model.addAllAttributes(document(bulletin(campaign, cluster, month), locale));
		return TEMPLATE;
	}

	@GetMapping("/bulletin.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) Long campaign,
			@RequestParam(required = false) Long cluster, @RequestParam(required = false) String month, Locale locale) {
		Bulletin bulletin = bulletin(campaign, cluster, month);
		byte[] pdf = this.documents.pdf(TEMPLATE, document(bulletin, locale), locale);
		String fileName = bulletin.cluster() == null
				? this.messages.getMessage("bulletin.fileName", new Object[] { bulletin.month().toString() }, locale)
				: this.messages.getMessage("bulletin.fileNameCluster",
						new Object[] { slug(bulletin.cluster().name()), bulletin.month().toString() }, locale);
		return DocumentResponses.pdf(pdf, fileName);
	}

	private Bulletin bulletin(Long campaign, Long cluster, String month) {
		Campaign selected = choose(campaign);
		return this.bulletins.bulletin(selected.getId(), cluster, month(selected, month));
	}

	@GetMapping("/rankings/units/{unitId}")
	String trend(@PathVariable long unitId, @RequestParam long campaign, @RequestParam(required = false) String month,
			Model model) {
		Campaign selected = this.rankings.campaign(campaign);
		YearMonth chosen = this.rankings.monthOf(selected, parse(month));
		model.addAttribute("campaign", selected);
		model.addAttribute("month", chosen);
		UnitTrend trend = this.trends.trend(campaign, unitId, chosen);
		model.addAttribute("trend", trend);
		model.addAttribute("standing",
				this.yearEnd.ofCluster(campaign, trend.clusterId())
					.stream()
					.filter(s -> s.unitId() == unitId)
					.findFirst()
					.orElse(null));
		return "bulletin/trend";
	}

	/**
	 * The chosen campaign or, as on the ranking, the main running one the user sees (ADR
	 * 0015); 404 when there is none.
	 */
	private Campaign choose(Long campaign) {
		Campaign selected = this.defaults.campaign(campaign == null ? this.defaults.rankable() : List.of(), campaign);
		if (selected == null) {
			throw new NotFoundException();
		}
		return selected;
	}

	/** The chosen month when it belongs to the campaign, else its default month. */
	private YearMonth month(Campaign campaign, String month) {
		return this.defaults.month(campaign, parse(month));
	}

	private Map<String, Object> document(Bulletin bulletin, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("bulletin", bulletin);
		model.put("heading", heading(bulletin.issuer(), locale));
		model.put("signatures",
				List.of(new Signature(this.messages.getMessage("bulletin.signature.capacity", null, locale),
						this.messages.getMessage("bulletin.signature.position", null, locale), "")));
		model.put("recipients",
				List.of(this.messages.getMessage("bulletin.recipient.leadership", null, locale),
						this.messages.getMessage("bulletin.recipient.units", null, locale),
						this.messages.getMessage("bulletin.recipient.archive", null, locale)));
		return model;
	}

	/**
	 * The organiser of the campaign issues the bulletin; its parent is the governing
	 * authority, and a provincial police answers to the Ministry. The number is left
	 * blank for the records office; the date is today's.
	 */
	private DocumentHeading heading(Bulletin.Issuer issuer, Locale locale) {
		String authority = issuer.parentName() != null ? issuer.parentName()
				: issuer.provincial() ? this.messages.getMessage("document.authority.ministry", null, locale) : null;
		return new DocumentHeading(authority, issuer.name(), BLANK_NUMBER + "/TB-" + issuer.code(),
				DocumentHeading.placeOf(issuer.name()), this.rankings.today());
	}

	private static YearMonth parse(String month) {
		try {
			return month == null || month.isBlank() ? null : Formats.parseMonth(month);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** An ASCII file name part: "Khối An ninh" → "khoi-an-ninh". */
	static String slug(String text) {
		String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return plain.isEmpty() ? "cum" : plain;
	}

}
