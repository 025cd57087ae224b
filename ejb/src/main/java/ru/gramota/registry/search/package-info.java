/**
 * Registration cards as search finds them: {@link ru.gramota.registry.search.DocumentSearchSource}
 * describes each card, its people and its files' text to the index ({@code ru.gramota.search}), with
 * the keys of those who may read it from the document access policy.
 */
package ru.gramota.registry.search;
