/** Pages and the JSON API of the children module, for staff and for parents (the portal). */
@org.jspecify.annotations.NullMarked
package nl.samenspel.children.web;
