package vn.thidua.pledge;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.Indicator;
import vn.thidua.campaign.ScoringTableService;
import vn.thidua.campaign.SignedScoringTable;
import vn.thidua.organization.Unit;
import vn.thidua.shared.document.DocumentHeading;
import vn.thidua.shared.document.DocumentRenderer;
import vn.thidua.shared.document.DocumentResponses;
import vn.thidua.shared.document.Signature;

/**
 * The printed covenant (văn bản giao ước thi đua) of one version: a print view and a PDF
 * in the Decree 30/2020 layout, with the contents and common targets, each unit's own
 * targets and registrations, a signature block for every member unit and the hash of what
 * was signed. Whoever may see the covenant may print it.
 */
@Controller
@RequiredArgsConstructor
class CovenantPrintController {

	static final String TEMPLATE = "covenant/print";

	/** Room for the number, written by the records office. */
	private static final String BLANK_NUMBER = "\u00a0".repeat(8);

	/** Dates on documents are Vietnamese dates. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CovenantService covenants;

	private final DocumentRenderer documents;

	private final MessageSource messages;

	private final java.time.Clock clock;

	private final ScoringTableService scoringTables;

	@GetMapping("/covenants/{id}/print")
	String print(@PathVariable long id, Model model, Locale locale) {
		model.addAllAttributes(document(this.covenants.document(id, null), locale));
		return TEMPLATE;
	}

	@GetMapping("/covenants/{id}/versions/{number}/print")
	String printVersion(@PathVariable long id, @PathVariable int number, Model model, Locale locale) {
		model.addAllAttributes(document(this.covenants.document(id, number), locale));
		return TEMPLATE;
	}

	@GetMapping("/covenants/{id}/print.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		return pdf(this.covenants.document(id, null), locale);
	}

	@GetMapping("/covenants/{id}/versions/{number}/print.pdf")
	ResponseEntity<byte[]> pdfVersion(@PathVariable long id, @PathVariable int number, Locale locale) {
		return pdf(this.covenants.document(id, number), locale);
	}

	private ResponseEntity<byte[]> pdf(CovenantDocument document, Locale locale) {
		byte[] pdf = this.documents.pdf(TEMPLATE, document(document, locale), locale);
		Campaign campaign = document.covenant().getCampaign();
		String fileName = this.messages
			.getMessage(
					"document.covenant.fileName", new Object[] { slug(document.covenant().getCluster().getName()),
							String.valueOf(campaign.getYear()), String.valueOf(document.version().getNumber()) },
					locale);
		return DocumentResponses.pdf(pdf, fileName);
	}

	private Map<String, Object> document(CovenantDocument document, Locale locale) {
		Covenant covenant = document.covenant();
		CovenantVersion version = document.version();
		Map<String, Object> model = new HashMap<>();
		model.put("doc", document);
		model.put("covenant", covenant);
		model.put("version", version);
		model.put("heading", heading(covenant, version));
		model.put("signatures", signatures(document, locale));
		model.put("scoring", scoringTable(covenant, version));
		Map<String, Indicator> byCode = new HashMap<>();
		document.contents().forEach(c -> c.getIndicators().forEach(i -> byCode.put(i.getCode(), i)));
		model.put("indicatorsByCode", byCode);
		model.put("aboveCommon",
				document.parties()
					.stream()
					.filter(p -> p.getTargets().stream().anyMatch(CovenantTarget::isAboveCommon))
					.toList());
		return model;
	}

	/**
	 * The scoring table the version signs: frozen with it once opened for signature; for
	 * a draft, the table that applies to the cluster now (frozen when it is opened).
	 */
	private SignedScoringTable scoringTable(Covenant covenant, CovenantVersion version) {
		if (version.getScoringTableText() != null) {
			return SignedScoringTable.read(version.getScoringTableText());
		}
		return this.scoringTables.currentText(covenant.getCampaign().getId(), covenant.getCluster().getId())
			.orElse(null);
	}

	/**
	 * A covenant is issued jointly by the cluster's units: the organiser of the campaign
	 * is the governing authority, the cluster the issuer. Its date is the day it came
	 * into force, or the day it was opened for signature, or today for a draft.
	 */
	private DocumentHeading heading(Covenant covenant, CovenantVersion version) {
		Unit organizer = covenant.getCampaign().getOrganizer();
		Instant when = version.getInForceAt() != null ? version.getInForceAt() : version.getOpenedAt();
		LocalDate date = when != null ? LocalDate.ofInstant(when, VIETNAM) : LocalDate.now(this.clock);
		return new DocumentHeading(organizer.getName(), covenant.getCluster().getName(), BLANK_NUMBER + "/GƯTĐ",
				DocumentHeading.placeOf(organizer.getName()), date);
	}

	/**
	 * One block per member unit, in the order of the covenant: the unit, its commander
	 * and, once signed, who signed and when (the electronic signature stands for the
	 * handwritten one on the paper copy).
	 */
	private List<Signature> signatures(CovenantDocument document, Locale locale) {
		List<Signature> list = new ArrayList<>();
		String commander = this.messages.getMessage("document.covenant.commander", null, locale);
		for (CovenantParty party : document.parties()) {
			String name = party.isSigned() ? party.getSignerName() : "";
			list.add(new Signature(party.getUnit().getName(), commander, name));
		}
		return list;
	}

	/** An ASCII file name part: "Khối An ninh" → "khoi-an-ninh". */
	static String slug(String text) {
		String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return plain.isEmpty() ? "giao-uoc" : plain;
	}

}
