/** Pages and API of the programme. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.activities.web;
