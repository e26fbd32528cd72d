package vn.thidua.shared.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import vn.thidua.shared.spreadsheet.HostileWorkbooks.RawNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The limits of an uploaded workbook, each refused with its own message before the file
 * is parsed; an ordinary file is read into rows.
 */
class SpreadsheetReaderTests {

	static final String PREFIX = "test.import.error.";

	final SpreadsheetReader reader = new SpreadsheetReader(SpreadsheetLimits.defaults());

	@Test
	void anOrdinaryWorkbookIsReadIntoRowsWithTextNumbersAndDates() {
		byte[] file = HostileWorkbooks.rows(List.of(List.of("Mã", "Số", "Ngày"), List.of(" A1 ", 1852, 46023),
				Collections.emptyList(), List.of("B2", new RawNumber("12.50"))));
		List<SheetRow> rows = this.reader.read(file, PREFIX);
		assertThat(rows).hasSize(4);
		assertThat(rows.get(1).number()).isEqualTo(2);
		assertThat(rows.get(1).text(0)).isEqualTo("A1");
		assertThat(rows.get(1).number(1)).isEqualByComparingTo("1852");
		assertThat(rows.get(1).date(2)).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
		assertThat(rows.get(2).isBlank()).isTrue();
		assertThat(rows.get(3).text(1)).isEqualTo("12.5");
		assertThat(rows.get(3).text(5)).isNull();
	}

	@Test
	void filesThatAreNotWorkbooksAreRefusedWithTheModulesOwnMessages() {
		assertThat(refusal(() -> this.reader.read(new byte[0], PREFIX)).messageKey()).isEqualTo(PREFIX + "emptyFile");
		assertThat(refusal(() -> this.reader.read("a;b".getBytes(), PREFIX)).messageKey())
			.isEqualTo(PREFIX + "notXlsx");
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThat(refusal(() -> this.reader.read(ole2, PREFIX)).messageKey()).isEqualTo(PREFIX + "oldExcel");
		byte[] truncated = java.util.Arrays.copyOf(HostileWorkbooks.rows(List.of(List.of("A"))), 200);
		assertThat(refusal(() -> this.reader.read(truncated, PREFIX)).messageKey()).isEqualTo(PREFIX + "unreadable");
	}

	@Test
	void aSmallFileThatInflatesToHundredsOfMegabytesInOneCellIsRefusedAtOnce() {
		byte[] bomb = HostileWorkbooks.hugeCell(List.of(List.of("Mã", "Tên")), 200L * 1024 * 1024);
		SpreadsheetRefusedException refused = timed("one 200 MB cell", bomb, () -> this.reader.read(bomb, PREFIX));
		assertThat(bomb.length).isLessThan(300 * 1024);
		// the sizes the zip declares give it away before anything is inflated
		assertThat(refused.messageKey()).isEqualTo("spreadsheet.error.inflatedTooLarge");
		assertThat(refused.arguments()).containsExactly("50");
	}

	@Test
	void aZipThatUnderstatesItsSizesIsStoppedWhileInflating() {
		byte[] cell = HostileWorkbooks.understated(HostileWorkbooks.hugeCell(List.of(List.of("Mã")), 200L << 20));
		SpreadsheetRefusedException refused = timed("one 200 MB cell, sizes understated", cell,
				() -> this.reader.read(cell, PREFIX));
		// the sheet is scanned as it inflates: the cell's length stops it first
		assertThat(refused.messageKey()).isEqualTo("spreadsheet.error.cellTooLong");
		assertThat(refused.arguments()).containsExactly("A2", "32767");
		byte[] blob = HostileWorkbooks.understated(HostileWorkbooks.hugeEntry(200L << 20));
		refused = timed("a 200 MB part beside the sheet, sizes understated", blob,
				() -> this.reader.read(blob, PREFIX));
		assertThat(refused.messageKey()).isEqualTo("spreadsheet.error.inflateRatio");
		assertThat(refused.arguments()).containsExactly("100");
	}

	@Test
	void blankRowsBeforeTheHeaderAreCountedAndRefused() {
		byte[] bomb = HostileWorkbooks.blankRowsBefore(List.of(List.of("Mã", "Tên"), List.of("A", "B")), 900_000);
		SpreadsheetRefusedException refused = timed("0.9 MB of blank rows", bomb, () -> this.reader.read(bomb, PREFIX));
		assertThat(bomb.length).isGreaterThan(850_000);
		assertThat(refused.messageKey()).isEqualTo("spreadsheet.error.tooManyRows");
		assertThat(refused.arguments()).containsExactly("10000");
	}

	@Test
	void aNumberWithAHugeExponentIsRefusedRatherThanWrittenOut() {
		byte[] file = HostileWorkbooks.rows(List.of(List.of("Mã", "Số"), List.of("A", new RawNumber("1e1000000"))));
		SpreadsheetRefusedException refused = refusal(() -> this.reader.read(file, PREFIX));
		assertThat(refused.messageKey()).isEqualTo("spreadsheet.error.numberExponent");
		assertThat(refused.arguments()).containsExactly("B2", "30");
		byte[] tiny = HostileWorkbooks.rows(List.of(List.of(new RawNumber("1E-400"))));
		assertThat(refusal(() -> this.reader.read(tiny, PREFIX)).messageKey())
			.isEqualTo("spreadsheet.error.numberExponent");
		byte[] longNumber = HostileWorkbooks.rows(List.of(List.of(new RawNumber("1".repeat(31)))));
		assertThat(refusal(() -> this.reader.read(longNumber, PREFIX)).messageKey())
			.isEqualTo("spreadsheet.error.numberTooLong");
	}

	@Test
	void aLongCellAndTooManyColumnsAreRefusedWithTheLimit() {
		byte[] longCell = HostileWorkbooks.rows(List.of(List.of("Mã"), List.of("x".repeat(32_768))));
		SpreadsheetRefusedException refused = refusal(() -> this.reader.read(longCell, PREFIX));
		assertThat(refused.messageKey()).isEqualTo("spreadsheet.error.cellTooLong");
		assertThat(refused.arguments()).containsExactly("A2", "32767");
		List<Object> wide = new ArrayList<>(Collections.nCopies(257, ""));
		wide.set(256, "x");
		byte[] tooWide = HostileWorkbooks.rows(List.of(wide));
		// the test file names columns one letter long: any cell beyond the limit counts
		assertThat(refusal(() -> this.reader.read(tooWide, PREFIX)).messageKey())
			.isEqualTo("spreadsheet.error.tooManyColumns");
	}

	@Test
	void theLimitsComeFromConfiguration() {
		SpreadsheetReader strict = new SpreadsheetReader(
				new SpreadsheetLimits(DataSize.ofKilobytes(2), DataSize.ofMegabytes(1), 100, 500, 3, 256, 100, 30, 30));
		byte[] fourRows = HostileWorkbooks.rows(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d")));
		assertThat(fourRows.length).isLessThan(2048);
		assertThat(refusal(() -> strict.read(fourRows, PREFIX)).messageKey())
			.isEqualTo("spreadsheet.error.tooManyRows");
		List<List<Object>> many = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			many.add(List.of(java.util.UUID.randomUUID().toString().repeat(1) + i));
		}
		many.add(List.of(String.valueOf(new java.util.Random(7).ints(2000, 0, 10).boxed().toList())));
		byte[] large = HostileWorkbooks.rows(many);
		assertThat(large.length).isGreaterThan(2048);
		SpreadsheetRefusedException refused = refusal(() -> strict.read(large, PREFIX));
		assertThat(refused.messageKey()).isEqualTo("spreadsheet.error.fileTooLarge");
		assertThat(refused.arguments()).containsExactly("0");
	}

	private static SpreadsheetRefusedException timed(String what, byte[] file, Runnable read) {
		long start = System.nanoTime();
		SpreadsheetRefusedException refused = refusal(read::run);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("Workbook limits: %s (%,d bytes) refused by the reader in %d ms: %s%n", what, file.length,
				millis, refused.messageKey());
		// a generous bound: the point is that the file is not parsed, not a benchmark
		assertThat(millis).isLessThan(5_000);
		return refused;
	}

	private static SpreadsheetRefusedException refusal(Runnable read) {
		return catchThrowableOfType(SpreadsheetRefusedException.class, read::run);
	}

}
