package vn.thidua.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsBrowserTests extends BrowserTestSupport {

	@Test
	void apiDocumentationPageShowsTheEndpoints() {
		login("admin");
		open("/swagger-ui.html");
		this.page.waitForSelector(".opblock-summary-path");
		assertThat(this.page.locator(".opblock-summary-path").allTextContents()).contains("/api/v1/units",
				"/api/v1/units/{id}", "/api/v1/clusters", "/api/v1/clusters/{id}", "/api/v1/officers",
				"/api/v1/officers/{id}");
		screenshot("api-docs");
	}

}
