/**
 * The pgoutput logical replication protocol (version 1): its messages ({@link
 * io.tributary.connector.postgres.pgoutput.PgOutputMessage}) decoded from raw bytes by {@link
 * io.tributary.connector.postgres.pgoutput.PgOutputDecoder}, with row values left as {@link
 * io.tributary.connector.postgres.pgoutput.TupleData} slices for the stream to convert.
 */
package io.tributary.connector.postgres.pgoutput;
