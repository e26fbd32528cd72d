package vn.thidua.account;

import java.time.Clock;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final Clock clock;

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username.trim())
			.map(user -> user.toCurrentUser(this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
