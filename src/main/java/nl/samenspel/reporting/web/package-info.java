/** Pages and API of reporting. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.reporting.web;
