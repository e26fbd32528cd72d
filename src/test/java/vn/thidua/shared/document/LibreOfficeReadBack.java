package vn.thidua.shared.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks read back the way a user's LibreOffice reads them: {@code soffice --headless}
 * converts the first sheet to CSV with every text cell quoted and numbers written as
 * stored (not as shown), so that a number cell comes back unquoted and a number typed as
 * text comes back quoted. Skips the test when LibreOffice is not installed, except in CI
 * ({@code CI=true}), which installs it and fails without it.
 */
public final class LibreOfficeReadBack {

	public static final Path SOFFICE = Path.of("/usr/bin/soffice");

	/**
	 * The CSV filter: comma, double quote, UTF-8, from line 1, default formats, default
	 * language, quote all text cells, (import only), contents as stored, not as shown.
	 */
	private static final String FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false";

	private LibreOfficeReadBack() {
	}

	/** One cell of the sheet as LibreOffice wrote it. */
	public record Cell(String text, boolean quoted) {

		/** Whether LibreOffice held it as a number (written without quotes). */
		public boolean isNumber() {
			return !this.quoted && this.text.matches("-?\\d+(\\.\\d+)?");
		}

		public long asLong() {
			assertThat(isNumber()).as("number cell, not \"" + this.text + "\"").isTrue();
			return Long.parseLong(this.text.replaceFirst("\\.0+$", ""));
		}

	}

	/**
	 * Whether LibreOffice is installed, for a journey that reads back only when it is.
	 */
	public static boolean installed() {
		return Files.isExecutable(SOFFICE);
	}

	/**
	 * Whether the read-back can run: LibreOffice is installed; in CI ({@code CI=true}),
	 * which installs it (.ci/run), a missing LibreOffice fails instead of skipping.
	 */
	public static boolean available() {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			assertThat(installed()).as("LibreOffice at " + SOFFICE + " (installed by .ci/run)").isTrue();
		}
		return installed();
	}

	/** The rows of the first sheet of the workbook. */
	public static List<List<Cell>> firstSheet(byte[] xlsx) throws Exception {
		return firstSheets(List.of(xlsx)).get(0);
	}

	/** The rows of the first sheet of each workbook, converted by one LibreOffice run. */
	public static List<List<List<Cell>>> firstSheets(List<byte[]> workbooks) throws Exception {
		Assumptions.assumeTrue(available(), "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)");
		Path dir = Files.createTempDirectory("thidua-libreoffice");
		try {
			List<String> command = new ArrayList<>(
					List.of(SOFFICE.toString(), "-env:UserInstallation=file://" + dir + "/profile", "--headless",
							"--convert-to", FILTER, "--outdir", dir.toString()));
			for (int i = 0; i < workbooks.size(); i++) {
				Path file = dir.resolve("workbook-" + i + ".xlsx");
				Files.write(file, workbooks.get(i));
				command.add(file.toString());
			}
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
			List<List<List<Cell>>> sheets = new ArrayList<>();
			for (int i = 0; i < workbooks.size(); i++) {
				Path csv = dir.resolve("workbook-" + i + ".csv");
				assertThat(csv).as("LibreOffice converted workbook " + i + ": " + output).exists();
				sheets.add(rows(Files.readString(csv, StandardCharsets.UTF_8)));
			}
			return sheets;
		}
		finally {
			try (var walk = Files.walk(dir)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** The first row whose first cells are the given texts, or none. */
	public static List<Cell> rowStartingWith(List<List<Cell>> sheet, String... texts) {
		return sheet.stream().filter(row -> {
			for (int c = 0; c < texts.length; c++) {
				if (row.size() <= c || !Objects.equals(row.get(c).text(), texts[c])) {
					return false;
				}
			}
			return true;
		}).findFirst().orElse(null);
	}

	/**
	 * The rows of the CSV text; a quoted cell may hold commas, quotes and line breaks.
	 */
	private static List<List<Cell>> rows(String text) {
		List<List<Cell>> rows = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean inQuotes = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (inQuotes) {
				if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (ch == '"') {
					inQuotes = false;
				}
				else {
					cell.append(ch);
				}
			}
			else if (ch == '"') {
				inQuotes = true;
				quoted = true;
			}
			else if (ch == ',' || ch == '\n') {
				cells.add(new Cell(cell.toString(), quoted));
				cell.setLength(0);
				quoted = false;
				if (ch == '\n') {
					rows.add(cells);
					cells = new ArrayList<>();
				}
			}
			else if (ch != '\r') {
				cell.append(ch);
			}
		}
		if (cell.length() > 0 || !cells.isEmpty()) {
			cells.add(new Cell(cell.toString(), quoted));
			rows.add(cells);
		}
		return rows;
	}

}
