package vn.thidua.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commander of LS-PA04 ({@code member.commander}) records a citizen's thank-you
 * letter on a phone (390 px): a first save without the place is refused with the message
 * on the field and the text kept, then the letter is saved with a photo of it; the deed's
 * page offers the photo, and the officer's award record shows the deed; provincial staff
 * then make the one-off proposal dossier from it. The deed and the dossier are removed
 * afterwards.
 */
class GoodDeedBrowserTests extends BrowserTestSupport {

	private static final String TEXT = "Thư cảm ơn thử nghiệm: đồng chí đã giúp cháu bé lạc đường về với gia đình.";

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheDeed() {
		List<Long> dossiers = this.jdbc
			.sql("select dossier_id from award_good_deed where description = :t and dossier_id is not null")
			.param("t", TEXT)
			.query(Long.class)
			.list();
		List<Long> files = this.jdbc
			.sql("select scan_file_id from award_good_deed where description = :t and scan_file_id is not null")
			.param("t", TEXT)
			.query(Long.class)
			.list();
		this.jdbc.sql("delete from award_good_deed where description = :t").param("t", TEXT).update();
		if (!files.isEmpty()) {
			this.jdbc.sql("delete from stored_file where id in (:ids)").param("ids", files).update();
		}
		if (!dossiers.isEmpty()) {
			this.jdbc.sql("delete from award_dossier where id in (:ids)").param("ids", dossiers).update();
		}
	}

	@Test
	void theCommanderRecordsALetterOnAPhoneAndTheOfficersRecordShowsIt() throws Exception {
		usePhone();
		login("member.commander");
		this.page.click("#dashboard-deed-new");
		this.page.waitForSelector("#deed-form");
		assertThat(this.page.isChecked("#kind1")).isTrue();
		this.page.fill("#happenedOn", "20/11/2026");
		this.page.fill("#description", TEXT);
		this.page.check("#officerIds1");
		String officerName = this.page.textContent("label[for=officerIds1]");
		this.page.fill("#senderName", "Ông Lộc Văn Thành, thôn Pò Mỏ");
		this.page.setInputFiles("#file", new FilePayload("thu-cam-on.png", "image/png", letter()));
		this.page.click("#deed-save");
		this.page.waitForSelector("#place-error");
		assertThat(this.page.inputValue("#description")).isEqualTo(TEXT);
		assertThat(this.page.isChecked("#officerIds1")).isTrue();
		assertThat(this.page.isVisible("#deed-file-dropped")).isTrue();
		screenshot("awards-deed-form-refused-phone");

		this.page.fill("#place", "Cổng chợ Đông Kinh, phường Chi Lăng");
		this.page.setInputFiles("#file", new FilePayload("thu-cam-on.png", "image/png", letter()));
		this.page.click("#deed-save");
		this.page.waitForURL(Pattern.compile(".*/awards/deeds/\\d+$"));
		assertThat(this.page.textContent("#deed-description")).isEqualTo(TEXT);
		assertThat(this.page.textContent("#deed-scan-link")).contains("thu-cam-on.png");
		assertThat(this.page.textContent("#deed-officers")).contains(officerName.replaceAll(" \\(.*\\)$", ""));
		screenshot("awards-deed-phone");
		String deedPath = this.page.url().substring(url("").length());

		this.page.click("#deed-officers a");
		this.page.waitForURL(Pattern.compile(".*/awards/records/officers/\\d+$"));
		assertThat(this.page.textContent("#officer-deeds")).contains(TEXT);
		screenshot("awards-officer-record-deeds-phone");

		useViewport(1366, 900);
		login("member.commander");
		open(deedPath);
		screenshotEverywhere("awards-deed");
		open("/awards/deeds/new");
		screenshotEverywhere("awards-deed-form");
		open("/awards/deeds");
		assertThat(this.page.textContent("#deeds-list")).contains(TEXT);
		screenshotEverywhere("awards-deeds");

		// provincial staff turn the letter into a one-off proposal
		useViewport(1366, 900);
		login("staff");
		open(deedPath);
		this.page.click("#deed-propose");
		this.page.waitForURL(Pattern.compile(".*/awards/dossiers/\\d+$"));
		open(deedPath);
		assertThat(this.page.isVisible("#deed-dossier-link")).isTrue();
		assertThat(this.page.isVisible("#deed-propose")).isFalse();
		screenshot("awards-deed-proposed");
	}

	/** A photo of a letter: a light page with a few dark lines. */
	private static byte[] letter() throws Exception {
		BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 120, 160);
		g.setColor(Color.DARK_GRAY);
		for (int y = 20; y < 140; y += 12) {
			g.fillRect(12, y, 96, 2);
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
