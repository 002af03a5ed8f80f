/**
 * The JMH benchmark of user functions ({@code tributary bench --suite functions}) and the functions
 * it hosts, packed into a JAR of their own at set-up as a user's build would.
 */
package io.tributary.bench.functions;
