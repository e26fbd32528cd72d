package vn.thidua.home;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.thidua.shared.security.CurrentUser;

@Controller
@RequiredArgsConstructor
class DashboardController {

	@GetMapping("/")
	String dashboard(Model model) {
		CurrentUser user = CurrentUser.get();
		model.addAttribute("user", user);
		return "home/dashboard";
	}

}
