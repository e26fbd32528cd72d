package vn.thidua.result;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Workbooks for tests: a downloaded entry template read back and filled in. */
public final class ResultWorkbookFiles {

	private ResultWorkbookFiles() {
	}

	/** Every row of the first sheet as text. */
	public static List<List<String>> read(byte[] content) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			List<List<String>> rows = new ArrayList<>();
			stream.forEach(row -> {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(row.getCellText(c));
				}
				rows.add(cells);
			});
			return rows;
		}
	}

	/**
	 * The template filled in as a user would: every cell of the downloaded file copied
	 * (numbers as numbers), the given cells of an indicator's row replaced, and extra
	 * rows added at the end.
	 */
	public static byte[] fill(byte[] template, Map<String, Map<ResultImportColumn, Object>> values, Object[]... extra)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook target = new Workbook(out, "test", "1.0");
		Worksheet sheet = target.newWorksheet("Nhập kết quả");
		int last = 0;
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			for (Row row : stream.toList()) {
				int r = row.getRowNum() - 1;
				last = Math.max(last, r);
				for (Cell cell : row) {
					if (cell == null || cell.getType() == CellType.EMPTY) {
						continue;
					}
					int c = cell.getColumnIndex();
					if (cell.getType() == CellType.NUMBER) {
						sheet.value(r, c, cell.asNumber());
					}
					else {
						sheet.value(r, c, cell.getText());
					}
				}
				Map<ResultImportColumn, Object> changes = values.get(row.getCellText(0));
				if (changes != null && r >= ResultEntryTemplate.FIRST_ROW) {
					changes.forEach((column, value) -> write(sheet, r, column.ordinal(), value));
				}
			}
		}
		for (Object[] row : extra) {
			last++;
			for (int c = 0; c < row.length; c++) {
				write(sheet, last, c, row[c]);
			}
		}
		target.finish();
		return out.toByteArray();
	}

	private static void write(Worksheet sheet, int row, int column, Object value) {
		if (value instanceof Number number) {
			sheet.value(row, column, number);
		}
		else if (value != null) {
			sheet.value(row, column, value.toString());
		}
	}

	public static byte[] xlsx(Object[]... rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Sheet1");
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				write(sheet, r, c, rows[r][c]);
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	/**
	 * Every XML part of the workbook parsed (LibreOffice is not on the build machine, so
	 * the file is checked to be well-formed instead), and the file kept under
	 * {@code target/excel/} to open by hand.
	 * @return the names of the parts
	 */
	public static List<String> checkWellFormed(byte[] content, String name) throws Exception {
		java.nio.file.Path folder = java.nio.file.Path.of("target", "excel");
		java.nio.file.Files.createDirectories(folder);
		java.nio.file.Files.write(folder.resolve(name), content);
		javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		List<String> parts = new ArrayList<>();
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(folder.resolve(name).toFile())) {
			for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
				if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
					try (java.io.InputStream in = zip.getInputStream(entry)) {
						factory.newDocumentBuilder().parse(in);
					}
					parts.add(entry.getName());
				}
			}
		}
		return parts;
	}

}
