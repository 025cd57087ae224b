/**
 * The pages' beans: each asks the services of the {@code ejb} module, as the REST API does, and
 * turns their answers and refusals into what a page shows. No rule of the domain lives here.
 */
package ru.gramota.web.ui;
