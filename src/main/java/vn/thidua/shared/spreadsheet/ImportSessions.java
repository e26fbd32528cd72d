package vn.thidua.shared.spreadsheet;

import jakarta.servlet.http.HttpSession;

/**
 * Where a preview waits for its confirmation: one per import in the HTTP session, found
 * again only with its token, so that a stale page or another tab cannot confirm a
 * different file.
 */
public final class ImportSessions {

	private ImportSessions() {
	}

	/** The preview of the session under this key with this token, or {@code null}. */
	public static <P extends ImportPreview<?, ?>> P find(HttpSession session, String key, String token, Class<P> type) {
		Object stored = session.getAttribute(key);
		if (type.isInstance(stored) && type.cast(stored).token().equals(token)) {
			return type.cast(stored);
		}
		return null;
	}

}
