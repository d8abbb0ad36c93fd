/** Pages and API of the social map and referrals. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.network.web;
