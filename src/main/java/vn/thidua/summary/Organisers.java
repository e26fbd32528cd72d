package vn.thidua.summary;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.shared.web.NotFoundException;

/**
 * The one rule for whose year-end figures a user who sees a subtree may open: those of
 * their own unit, or, for a user above the province (the ministry), those of one
 * provincial police below it (ADR 0020). The year-end summary and the statistical forms
 * both ask it, so that a province the summary opens is a province whose forms open too.
 */
@Component
@RequiredArgsConstructor
public class Organisers {

	/** The only kind of unit a user above it may narrow the figures to. */
	static final String ORGANISER_KIND = "PROVINCIAL_POLICE";

	private final JdbcClient jdbc;

	/**
	 * The unit sending the figures (đơn vị báo cáo) and the authority above it.
	 *
	 * @param id the unit
	 * @param code its code
	 * @param name its name
	 * @param parentName the name of the unit above it, {@code null} for a root
	 * @param path its materialised path
	 * @param chosen whether a user above it narrowed the figures to it (not the user's
	 * own unit)
	 */
	public record Organiser(long id, String code, String name, String parentName, String path, boolean chosen) {

		/** The {@code like} pattern of its subtree. */
		public String prefix() {
			return this.path + "%";
		}

		/**
		 * The organiser to carry in links: the chosen one, or none for the user's own.
		 */
		public Long param() {
			return this.chosen ? this.id : null;
		}

	}

	/**
	 * The organiser asked for by a user whose own unit is {@code ownId}: that unit when
	 * {@code organizerId} is {@code null} or its own id, else a provincial police in its
	 * subtree; 404 for any other unit. One statement.
	 */
	public Organiser of(long ownId, Long organizerId) {
		long id = organizerId != null ? organizerId : ownId;
		return this.jdbc.sql("""
				select u.id, u.code, u.name, p.name, u.path from organization_unit_v u
				left join organization_unit_v p on p.id = u.parent_id
				join organization_unit_v o on o.id = :own
				where u.id = :id
				  and (u.id = o.id or (u.kind = :kind and u.path like o.path || '%'))""")
			.param("id", id)
			.param("own", ownId)
			.param("kind", ORGANISER_KIND)
			.query((rs, i) -> new Organiser(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getLong(1) != ownId))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

}
