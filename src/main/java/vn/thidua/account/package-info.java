/**
 * Accounts: users, roles, sign-in with lock-out after repeated failures, the password
 * policy and forced change at first sign-in, account administration, and the security
 * configuration of pages and API.
 */
package vn.thidua.account;
