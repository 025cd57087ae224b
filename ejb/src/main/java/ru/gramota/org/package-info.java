/**
 * The organisation structure of the region: organisations in a hierarchy (region, executive bodies,
 * municipalities, settlements, institutions) and their departments. Every other feature refers to an
 * organisation by its stable {@link ru.gramota.org.Organisation#code() code}, which also appears in
 * registration numbers and dispatch queue names.
 */
package ru.gramota.org;
