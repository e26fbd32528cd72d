package vn.thidua.shared.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks built to exhaust a server, written as zip streams by the tests themselves (no
 * binary file is kept): a small file whose one cell inflates to hundreds of megabytes, a
 * file of blank rows before the header, a number with a huge exponent. Each is otherwise
 * a well-formed XLSX that a reader without limits would go on to parse.
 */
public final class HostileWorkbooks {

	private HostileWorkbooks() {
	}

	/** A number cell written as stored, such as {@code 1e1000000}. */
	public record RawNumber(String value) {

	}

	/** The given rows, then a row whose first cell has {@code characters} letters. */
	public static byte[] hugeCell(List<List<Object>> rows, long characters) {
		return workbook(sheet -> {
			int r = writeRows(sheet, rows, 1);
			sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>");
			char[] chunk = new char[64 * 1024];
			java.util.Arrays.fill(chunk, 'A');
			for (long written = 0; written < characters; written += chunk.length) {
				sheet.write(chunk, 0, (int) Math.min(chunk.length, characters - written));
			}
			sheet.write("</t></is></c></row>");
		}, null, 0);
	}

	/**
	 * A workbook of one ordinary row and a part of {@code bytes} zeros beside its sheet.
	 */
	public static byte[] hugeEntry(long bytes) {
		return workbook(sheet -> writeRows(sheet, List.of(List.of("Mã")), 1), null, bytes);
	}

	/** About {@code compressedBytes} of blank rows, then the given rows. */
	public static byte[] blankRowsBefore(List<List<Object>> rows, long compressedBytes) {
		long[] written = { 0 };
		return workbook(sheet -> {
			int r = 1;
			while (written[0] < compressedBytes) {
				for (int i = 0; i < 1000; i++, r++) {
					sheet.write("<row r=\"" + r + "\"/>");
				}
				sheet.flush();
			}
			writeRows(sheet, rows, r);
		}, written, 0);
	}

	/** The given rows as they are: text as inline strings, numbers as numbers. */
	public static byte[] rows(List<List<Object>> rows) {
		return workbook(sheet -> writeRows(sheet, rows, 1), null, 0);
	}

	/**
	 * The same zip with every size its central directory declares set to one byte, as a
	 * hostile file would: only counting while inflating finds the truth.
	 */
	public static byte[] understated(byte[] zip) {
		byte[] copy = zip.clone();
		for (int i = 0; i + 46 <= copy.length; i++) {
			if (copy[i] == 0x50 && copy[i + 1] == 0x4b && copy[i + 2] == 0x01 && copy[i + 3] == 0x02) {
				copy[i + 24] = 1;
				copy[i + 25] = 0;
				copy[i + 26] = 0;
				copy[i + 27] = 0;
			}
		}
		return copy;
	}

	private static int writeRows(Writer sheet, List<List<Object>> rows, int first) throws IOException {
		int r = first;
		for (List<Object> row : rows) {
			sheet.write("<row r=\"" + r + "\">");
			for (int c = 0; c < row.size(); c++) {
				Object value = row.get(c);
				String ref = (char) ('A' + c) + String.valueOf(r);
				if (value instanceof RawNumber number) {
					sheet.write("<c r=\"" + ref + "\"><v>" + number.value() + "</v></c>");
				}
				else if (value instanceof Number number) {
					sheet.write("<c r=\"" + ref + "\"><v>" + number + "</v></c>");
				}
				else if (value != null) {
					sheet.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(value.toString())
							+ "</t></is></c>");
				}
			}
			sheet.write("</row>");
			r++;
		}
		return r;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	interface SheetData {

		void write(Writer sheet) throws IOException;

	}

	/**
	 * A minimal workbook of one sheet.
	 * @param compressed updated with the compressed bytes written so far, if given
	 * @param blobBytes the size of a part of zeros beside the sheet, 0 for none
	 */
	private static byte[] workbook(SheetData data, long[] compressed, long blobBytes) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		OutputStream counting = new FilterOutputStream(bytes) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				this.out.write(b, off, len);
				if (compressed != null) {
					compressed[0] += len;
				}
			}
		};
		try (ZipOutputStream zip = new ZipOutputStream(counting)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			entry(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
							<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
							</Types>""");
			entry(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
							</Relationships>""");
			entry(zip, "xl/workbook.xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
							<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
							</workbook>""");
			entry(zip, "xl/_rels/workbook.xml.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
							</Relationships>""");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			Writer sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
					+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			data.write(sheet);
			sheet.write("</sheetData></worksheet>");
			sheet.flush();
			zip.closeEntry();
			if (blobBytes > 0) {
				zip.putNextEntry(new ZipEntry("xl/media/image1.bin"));
				byte[] zeros = new byte[64 * 1024];
				for (long n = 0; n < blobBytes; n += zeros.length) {
					zip.write(zeros, 0, (int) Math.min(zeros.length, blobBytes - n));
				}
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
