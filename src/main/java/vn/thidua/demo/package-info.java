/**
 * Demo data: a fictional provincial police with its departments, commune-level police,
 * clusters and accounts, loaded only in demo mode (by default with the embedded
 * database).
 */
package vn.thidua.demo;
