/**
 * Shared infrastructure: the embedded database, Vietnamese text handling (collation,
 * diacritics-insensitive search, formats), the web layout and error pages, the current
 * user's identity and scope, and the audit-trail contract the other modules publish to.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.thidua.shared;
