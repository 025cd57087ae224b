/**
 * The demo region: a small, realistic installation loaded on request (GRAMOTA_DEMO_DATA=true) so a
 * newcomer can click through every role. Never loaded unless asked for.
 */
package ru.gramota.demo;
