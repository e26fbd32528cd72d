package vn.thidua.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.thidua.award.deed.GoodDeedForm;
import vn.thidua.award.deed.GoodDeedKind;
import vn.thidua.award.deed.GoodDeedService;

/**
 * The demo province's good-deed book: a citizen's thank-you letter to an officer of
 * LS-PA04, recorded by its commander ({@code member.commander}) with a photo of the
 * letter (a small drawn page, no text, so that no font is needed). A step of
 * {@link DemoLoad}, after the award decisions.
 */
@Component
@Order(46)
class GoodDeedDemoData implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(GoodDeedDemoData.class);

	private final GoodDeedService deeds;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	GoodDeedDemoData(GoodDeedService deeds, UserDetailsService users, JdbcClient jdbc) {
		this.deeds = deeds;
		this.users = users;
		this.jdbc = jdbc;
	}

	@Override
	public void load() {
		List<Long> pa04 = this.jdbc.sql("select id from organization_unit_v where code = 'LS-PA04'")
			.query(Long.class)
			.list();
		if (pa04.isEmpty()) {
			return;
		}
		Long officer = this.jdbc.sql("select min(id) from organization_officer_v where unit_id = :u")
			.param("u", pa04.get(0))
			.query(Long.class)
			.single();
		DemoUsers.runAs(this.users, "member.commander", () -> this.deeds.create(
				new GoodDeedForm(pa04.get(0), officer == null ? List.of() : List.of(officer),
						GoodDeedKind.THANK_YOU_LETTER, LocalDate.of(2026, 10, 15),
						"Phường Chi Lăng, thành phố Lạng Sơn",
						"Đồng chí đã giúp bà Hoàng Thị Mai lấy lại số tiền 120.000.000 đồng bị đối tượng lừa đảo "
								+ "qua mạng chiếm đoạt, kịp thời hướng dẫn gia đình cách phòng tránh. Gia đình bà Mai "
								+ "gửi thư cảm ơn Công an tỉnh.",
						"Bà Hoàng Thị Mai, phường Chi Lăng", null),
				"thu-cam-on.png", letterPhoto()));
		log.info("Đã nạp dữ liệu mẫu: 1 thư cảm ơn trong sổ việc tốt");
	}

	/** A page with a few ruled lines and a signature stroke, as a PNG. */
	private static byte[] letterPhoto() {
		BufferedImage image = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xfbf8ef));
		g.fillRect(0, 0, 240, 320);
		g.setColor(new Color(0x1f3b73));
		for (int y = 40; y < 260; y += 18) {
			g.fillRect(24, y, y % 36 == 4 ? 150 : 192, 3);
		}
		g.drawArc(140, 270, 60, 24, 0, 180);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
