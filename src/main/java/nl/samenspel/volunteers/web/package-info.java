/** Pages and API of the volunteers module. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.volunteers.web;
