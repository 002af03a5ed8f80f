/** Typed option declarations and the flat configuration they read from. */
package io.tributary.api.option;
