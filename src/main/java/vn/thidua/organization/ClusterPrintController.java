package vn.thidua.organization;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.shared.document.DocumentHeading;
import vn.thidua.shared.document.DocumentRenderer;
import vn.thidua.shared.document.DocumentResponses;
import vn.thidua.shared.document.Signature;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Scope;
import vn.thidua.shared.web.NotFoundException;

/**
 * The printed list of a year's emulation clusters (danh sách cụm, khối thi đua): a print
 * view and a PDF, holding the clusters the user may see, as the cluster list does.
 */
@Controller
@RequestMapping("/clusters")
@RequiredArgsConstructor
class ClusterPrintController {

	static final String TEMPLATE = "cluster/print";

	/** Room for the number, written by the records office when the list is issued. */
	static final String BLANK_NUMBER = "\u00a0".repeat(8);

	private final ClusterService clusters;

	private final UnitService units;

	private final DocumentRenderer documents;

	private final MessageSource messages;

	@GetMapping("/print")
	String print(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		model.addAllAttributes(document(year, locale));
		return TEMPLATE;
	}

	@GetMapping("/print.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year, Locale locale) {
		Map<String, Object> model = document(year, locale);
		byte[] pdf = this.documents.pdf(TEMPLATE, model, locale);
		String fileName = this.messages.getMessage("document.clusters.fileName",
				new Object[] { String.valueOf(model.get("year")) }, locale);
		return DocumentResponses.pdf(pdf, fileName);
	}

	private Map<String, Object> document(Integer requestedYear, Locale locale) {
		int year = requestedYear != null ? requestedYear : this.units.today().getYear();
		if (year < 1945 || year > 2100) {
			throw new NotFoundException();
		}
		List<EmulationCluster> list = this.clusters.listYear(year);
		Map<Long, List<ClusterMember>> members = this.clusters.membersOf(list);
		Map<String, Object> model = new HashMap<>();
		model.put("year", year);
		model.put("clusters", list);
		model.put("members", members);
		model.put("unitCount", members.values().stream().mapToInt(List::size).sum());
		model.put("heading", heading(list, locale));
		CurrentUser user = CurrentUser.get();
		model.put("signatures", List.of(new Signature(null,
				this.messages.getMessage("document.clusters.preparedBy", null, locale), user.fullName())));
		model.put("recipients", List.of(this.messages.getMessage("document.clusters.recipient.members", null, locale),
				this.messages.getMessage("document.clusters.recipient.archive", null, locale)));
		return model;
	}

	/**
	 * The issuing unit is the user's own unit (for an administrator without one, the
	 * organiser of the first cluster); its parent is the governing authority, and a
	 * provincial police answers to the Ministry. The date line names the province.
	 */
	private DocumentHeading heading(List<EmulationCluster> list, Locale locale) {
		CurrentUser user = CurrentUser.get();
		Unit issuer = user.unitId() != null ? this.units.get(user.unitId())
				: list.isEmpty() ? null : list.get(0).getOrganizer();
		String ministry = this.messages.getMessage("document.authority.ministry", null, locale);
		if (issuer == null) {
			return new DocumentHeading(null, ministry, BLANK_NUMBER + "/DS", "", this.units.today());
		}
		// the ancestors, from the root, read from the materialised path ('/1/7/42/'): a
		// handful of reads whatever the number of units
		List<Unit> ancestors = java.util.Arrays.stream(issuer.getPath().split("/"))
			.filter(part -> !part.isEmpty())
			.map(Long::valueOf)
			.filter(id -> !id.equals(issuer.getId()))
			.map(id -> this.units.findVisible(id, Scope.everything()).orElse(null))
			.filter(java.util.Objects::nonNull)
			.toList();
		String authority = ancestors.isEmpty() ? (issuer.getKind() == UnitKind.PROVINCIAL_POLICE ? ministry : null)
				: ancestors.get(ancestors.size() - 1).getName();
		Unit province = issuer.getKind() == UnitKind.PROVINCIAL_POLICE ? issuer
				: ancestors.stream().filter(u -> u.getKind() == UnitKind.PROVINCIAL_POLICE).findFirst().orElse(issuer);
		String code = province.getCode();
		return new DocumentHeading(authority, issuer.getName(), BLANK_NUMBER + "/DS-" + code,
				DocumentHeading.placeOf(province.getName()), this.units.today());
	}

}
