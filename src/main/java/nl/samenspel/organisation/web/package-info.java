/**
 * Pages and the JSON API of the organisation module. Controllers are package-private; the records templates and
 * API clients read are public.
 */
@org.jspecify.annotations.NullMarked
package nl.samenspel.organisation.web;
