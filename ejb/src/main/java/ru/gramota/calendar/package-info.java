/**
 * The production calendar [производственный календарь]: which days are worked, per year, as
 * administrators load it (the Government's decree, as the public XML or our CSV; 2026 ships loaded),
 * and the Labour Code's days for a year nobody loaded. Control of execution, citizens' appeals and
 * approval count their deadlines on it ({@link ru.gramota.calendar.ProductionCalendar}); it knows no
 * document. Loading is for installation administrators, through {@code admin}.
 */
package ru.gramota.calendar;
