package vn.thidua.shared.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks an XLSX file against the {@link SpreadsheetLimits} before it is parsed: the zip
 * entries are inflated through a counter that stops at the size and ratio limits (the
 * sizes a zip declares are checked first but not trusted), and the sheets and shared
 * strings are scanned as a stream of XML events, counting rows, columns and characters
 * without building any cell. The first limit exceeded ends the check, so a file built to
 * exhaust the server is refused after reading only as much as the limit allows.
 */
final class WorkbookGuard {

	static final String KEY = "spreadsheet.error.";

	/**
	 * Below this much inflated content the ratio is not checked: tiny files compress
	 * oddly.
	 */
	private static final long RATIO_GRACE_BYTES = 1024 * 1024;

	private static final XMLInputFactory XML = createXmlInput();

	private final SpreadsheetLimits limits;

	private final long fileLength;

	private long inflated;

	WorkbookGuard(SpreadsheetLimits limits, long fileLength) {
		this.limits = limits;
		this.fileLength = fileLength;
	}

	/**
	 * @throws SpreadsheetRefusedException at the first limit exceeded
	 */
	void check(byte[] content) throws IOException {
		if (content.length > this.limits.maxFileSize().toBytes()) {
			throw refused("fileTooLarge", this.limits.maxFileMegabytes());
		}
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			long declared = 0;
			int entries = 0;
			for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
				ZipArchiveEntry entry = e.nextElement();
				if (++entries > this.limits.maxEntries()) {
					throw refused("tooManyEntries", this.limits.maxEntries());
				}
				if (entry.getSize() > 0) {
					declared += entry.getSize();
				}
			}
			checkInflated(declared);
			for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
				ZipArchiveEntry entry = e.nextElement();
				if (entry.isDirectory()) {
					continue;
				}
				try (InputStream in = new Counting(zip.getInputStream(entry))) {
					String name = entry.getName().toLowerCase(Locale.ROOT);
					if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
						scan(in, true);
					}
					else if (name.equals("xl/sharedstrings.xml")) {
						scan(in, false);
					}
					else {
						in.transferTo(OutputSink.INSTANCE);
					}
				}
			}
		}
	}

	private void checkInflated(long total) {
		if (total > this.limits.maxInflatedSize().toBytes()) {
			throw refused("inflatedTooLarge", this.limits.maxInflatedSize().toMegabytes());
		}
		if (total > RATIO_GRACE_BYTES && total > this.fileLength * this.limits.maxInflateRatio()) {
			throw refused("inflateRatio", this.limits.maxInflateRatio());
		}
	}

	/**
	 * Counts rows, columns and text of a worksheet, or the text of each shared string, as
	 * XML events: no cell value is ever built.
	 */
	private void scan(InputStream in, boolean worksheet) throws IOException {
		XMLStreamReader xml = null;
		try {
			xml = XML.createXMLStreamReader(in);
			int rows = 0;
			int column = 0;
			int row = 0;
			boolean numeric = false;
			boolean inValue = false;
			StringBuilder number = new StringBuilder();
			long text = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					if (worksheet && name.equals("row")) {
						rows++;
						row = Math.max(rows, position(xml.getAttributeValue(null, "r"), row + 1));
						if (rows > this.limits.maxRows() || row > this.limits.maxRows()) {
							throw refused("tooManyRows", this.limits.maxRows());
						}
						column = 0;
					}
					else if (worksheet && name.equals("c")) {
						column = Math.max(column + 1, columnOf(xml.getAttributeValue(null, "r"), column + 1));
						if (column > this.limits.maxColumns()) {
							throw refused("tooManyColumns", this.limits.maxColumns());
						}
						String type = xml.getAttributeValue(null, "t");
						numeric = type == null || type.equals("n");
						text = 0;
					}
					else if (name.equals("si")) {
						text = 0;
					}
					else if (name.equals("v") || name.equals("t")) {
						inValue = true;
						number.setLength(0);
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS && inValue) {
					int length = xml.getTextLength();
					text += length;
					if (text > this.limits.maxCellLength()) {
						throw worksheet ? refused("cellTooLong", cellName(row, column), this.limits.maxCellLength())
								: refused("sharedTextTooLong", this.limits.maxCellLength());
					}
					if (worksheet && numeric) {
						if (number.length() + length > this.limits.maxNumberLength()) {
							throw refused("numberTooLong", cellName(row, column), this.limits.maxNumberLength());
						}
						number.append(xml.getTextCharacters(), xml.getTextStart(), length);
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = xml.getLocalName();
					if (name.equals("v") || name.equals("t")) {
						inValue = false;
						if (worksheet && numeric && name.equals("v")) {
							checkNumber(number.toString().strip(), row, column);
						}
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new SpreadsheetRefusedException(KEY + "unreadable");
		}
		finally {
			if (xml != null) {
				try {
					xml.close();
				}
				catch (XMLStreamException ex) {
					// the stream itself is closed by the caller
				}
			}
		}
	}

	/** A number's power of ten, read from its text without building it. */
	private void checkNumber(String value, int row, int column) {
		int e = Math.max(value.indexOf('E'), value.indexOf('e'));
		int digits = (e < 0 ? value : value.substring(0, e)).replaceAll("[^0-9]", "").length();
		long exponent = 0;
		if (e >= 0) {
			try {
				exponent = Long.parseLong(value.substring(e + 1).replace("+", ""));
			}
			catch (NumberFormatException ex) {
				exponent = Long.MAX_VALUE;
			}
		}
		if (Math.abs(exponent) > this.limits.maxNumberExponent() || digits > this.limits.maxNumberLength()) {
			throw refused("numberExponent", cellName(row, column), this.limits.maxNumberExponent());
		}
	}

	private static int position(String r, int otherwise) {
		if (r == null || r.isEmpty() || r.length() > 9) {
			return r == null || r.isEmpty() ? otherwise : Integer.MAX_VALUE;
		}
		try {
			return Integer.parseInt(r);
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	/** The column number of a cell reference such as "AB12" (1 for A). */
	private static int columnOf(String reference, int otherwise) {
		if (reference == null) {
			return otherwise;
		}
		int column = 0;
		for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			if (column > 100_000) {
				return Integer.MAX_VALUE;
			}
		}
		return column == 0 ? otherwise : column;
	}

	/** The cell's reference as Excel shows it (B7). */
	static String cellName(int row, int column) {
		StringBuilder letters = new StringBuilder();
		for (int c = column; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters + String.valueOf(row);
	}

	private static XMLInputFactory createXmlInput() {
		// the JDK's parser, which hands long text over in pieces rather than as one
		// string
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	private static SpreadsheetRefusedException refused(String reason, Object... arguments) {
		Object[] texts = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			texts[i] = String.valueOf(arguments[i]);
		}
		return new SpreadsheetRefusedException(KEY + reason, texts);
	}

	/** Inflated bytes counted against the limits as they are read. */
	private final class Counting extends FilterInputStream {

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			WorkbookGuard.this.inflated += n;
			checkInflated(WorkbookGuard.this.inflated);
		}

	}

	/** Discards what is read: entries other than sheets are only counted. */
	private static final class OutputSink extends java.io.OutputStream {

		static final OutputSink INSTANCE = new OutputSink();

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] b, int off, int len) {
		}

	}

}
