/**
 * Registration as people and the API use it: journals, registering a card under the next number,
 * cancelling, reading a card. Checks who may do it (the organisation's registry clerks; its system
 * administrators for journals) and records every change in the audit trail. The model lives in
 * {@code ru.gramota.registry}.
 */
package ru.gramota.registry.service;
