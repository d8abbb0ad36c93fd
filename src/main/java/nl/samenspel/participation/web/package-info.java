/** Pages and API of children's participation. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.participation.web;
