package vn.thidua.organization;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.audit.AuditTrail;
import vn.thidua.shared.web.FlashMessages;
import vn.thidua.shared.web.Submissions;

/**
 * Unit pages: the tree of the user's scope with a search, a unit's page, and the forms
 * that create, edit and close units. Access is decided by {@link UnitService}.
 */
@Controller
@RequestMapping("/units")
class UnitController {

	static final int PAGE_SIZE = 25;

	/** {@code status=all} shows closed units too. */
	static final String STATUS_ALL = "all";

	private final UnitService units;

	private final AuditTrail audit;

	private final jakarta.validation.Validator validator;

	private final ConversionService conversions;

	UnitController(UnitService units, AuditTrail audit, jakarta.validation.Validator validator,
			@Qualifier("mvcConversionService") ConversionService conversions) {
		this.units = units;
		this.audit = audit;
		this.validator = validator;
		this.conversions = conversions;
	}

	@GetMapping
	String index(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "kind", required = false) String kindName,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		boolean showClosed = STATUS_ALL.equals(status);
		UnitKind kind = parseKind(kindName);
		model.addAttribute("q", query);
		model.addAttribute("kind", kind);
		model.addAttribute("showClosed", showClosed);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("canCreate", this.units.canCreate());
		if (StringUtils.hasText(query) || kind != null) {
			Page<Unit> results = this.units.search(query, kind, showClosed,
					PageRequest.of(Math.max(page, 0), PAGE_SIZE));
			model.addAttribute("results", results);
			model.addAttribute("today", this.units.today());
		}
		else {
			model.addAttribute("tree", this.units.tree(showClosed));
		}
		return "unit/index";
	}

	@GetMapping("/{id:\\d+}")
	String view(@PathVariable long id, Model model) {
		Unit unit = this.units.get(id);
		model.addAttribute("unit", unit);
		model.addAttribute("closed", this.units.isClosed(unit));
		model.addAttribute("children", this.units.childrenOf(unit));
		model.addAttribute("memberships", this.units.membershipsOf(unit));
		model.addAttribute("officerCount", this.units.officerCountOf(unit));
		model.addAttribute("history", this.audit.historyOf("UNIT", id));
		model.addAttribute("canEdit", this.units.canEdit(unit));
		model.addAttribute("today", this.units.today());
		return "unit/view";
	}

	@GetMapping("/new")
	String createForm(@RequestParam(name = "parentId", required = false) Long parentId, Model model) {
		this.units.checkMayCreate();
		if (parentId != null) {
			// an unknown or out-of-scope parent is a 404, as everywhere
			this.units.get(parentId);
		}
		model.addAttribute("form", new UnitForm(null, null, null, null, parentId, null, this.units.today(), null));
		return createView(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.units.checkMayCreate();
		validateConvertedFields(result, UnitForm.class);
		return Submissions.submit(result, () -> {
			Unit unit = this.units.create(form);
			FlashMessages.success(redirect, "unit.created", unit.getName());
			return "redirect:/units/" + unit.getId();
		}, () -> createView(model));
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Unit unit = editable(id);
		model.addAttribute("form", UnitForm.of(unit));
		return editView(unit, model);
	}

	@PostMapping("/{id:\\d+}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Unit unit = editable(id);
		validateConvertedFields(result, UnitForm.class);
		return Submissions.submit(result, () -> {
			this.units.update(id, form);
			FlashMessages.success(redirect, "unit.updated", form.name().trim());
			return "redirect:/units/" + id;
		}, () -> editView(unit, model));
	}

	@GetMapping("/{id:\\d+}/close")
	String closeForm(@PathVariable long id, Model model) {
		Unit unit = editable(id);
		model.addAttribute("form", new UnitCloseForm(this.units.today(), null, unit.getVersion()));
		model.addAttribute("unit", unit);
		return "unit/close";
	}

	@PostMapping("/{id:\\d+}/close")
	String close(@PathVariable long id, @Valid @ModelAttribute("form") UnitCloseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Unit unit = editable(id);
		validateConvertedFields(result, UnitCloseForm.class);
		return Submissions.submit(result, () -> {
			this.units.close(id, form);
			FlashMessages.success(redirect, "unit.closed", unit.getName());
			return "redirect:/units/" + id;
		}, () -> {
			model.addAttribute("unit", unit);
			return "unit/close";
		});
	}

	/** A unit in scope (else 404) that the user may change (else 403). */
	private Unit editable(long id) {
		Unit unit = this.units.get(id);
		if (!this.units.canEdit(unit)) {
			throw new org.springframework.security.access.AccessDeniedException("Not allowed");
		}
		return unit;
	}

	/**
	 * When a value cannot be converted (a date like 31/02/2026), the form record cannot
	 * be constructed and Spring validates none of its other fields: validate them here,
	 * from the values the binder recorded, so that every field shows its message at once.
	 */
	private void validateConvertedFields(BindingResult result, Class<? extends Record> type) {
		if (result.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
			return;
		}
		SpringValidatorAdapter adapter = new SpringValidatorAdapter(this.validator);
		Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
		RecordComponent[] components = type.getRecordComponents();
		for (int i = 0; i < components.length; i++) {
			String field = components[i].getName();
			if (result.getFieldError(field) != null) {
				continue;
			}
			Object shown = result.getFieldValue(field);
			Object value = shown;
			if (shown instanceof String text && components[i].getType() != String.class) {
				try {
					value = this.conversions.convert(text, TypeDescriptor.valueOf(String.class),
							new TypeDescriptor(new MethodParameter(constructor, i)));
				}
				catch (RuntimeException ex) {
					continue;
				}
			}
			adapter.validateValue(type, field, value, result);
		}
	}

	private String createView(Model model) {
		model.addAttribute("creating", true);
		model.addAttribute("parents", this.units.parentOptions());
		model.addAttribute("kinds", UnitKind.values());
		return "unit/form";
	}

	private String editView(Unit unit, Model model) {
		model.addAttribute("creating", false);
		model.addAttribute("unit", unit);
		model.addAttribute("kinds", UnitKind.values());
		return "unit/form";
	}

	private static UnitKind parseKind(String name) {
		if (!StringUtils.hasText(name)) {
			return null;
		}
		List<UnitKind> matches = Arrays.stream(UnitKind.values()).filter(k -> k.name().equals(name)).toList();
		return matches.isEmpty() ? null : matches.get(0);
	}

}
