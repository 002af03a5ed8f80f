/**
 * Exact conversion of PostgreSQL column values, in their text and binary forms, into the Java
 * value classes of Tributary's logical types: {@link
 * io.tributary.connector.postgres.value.ValueDecoders} picks a {@link
 * io.tributary.connector.postgres.value.ValueDecoder} per resolved column type ({@link
 * io.tributary.connector.postgres.value.PgValueType}).
 */
package io.tributary.connector.postgres.value;
