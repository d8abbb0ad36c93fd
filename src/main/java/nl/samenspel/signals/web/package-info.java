/** Pages and API of signals and Meldcode cases. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.signals.web;
