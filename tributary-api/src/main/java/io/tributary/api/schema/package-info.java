/** Table names, columns, logical types and table shapes. */
package io.tributary.api.schema;
