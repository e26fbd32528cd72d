/**
 * File storage (lưu trữ tệp) for the attachments of every module: the files are kept in
 * PostgreSQL, not on a local disk, because the application is stateless and may run as
 * several instances. A file's type is decided by its content (magic bytes), never by its
 * name; the caller says which types and what size it accepts.
 */
package vn.thidua.shared.storage;
