/**
 * The transform rules of a pipeline file: SQL projections and filters over a table's columns and
 * the change's metadata, parsed once and compiled per table shape into evaluators that map rows.
 *
 * <p>Entry points: {@link io.tributary.transform.TransformRule#parse} (JSqlParser, once per rule)
 * and {@link io.tributary.transform.TransformRule#compile} (once per input shape), which yields a
 * {@link io.tributary.transform.CompiledTransform}. Errors are {@link
 * io.tributary.transform.TransformException}s naming rule, expression and column or position.
 *
 * <h2>Language</h2>
 *
 * <ul>
 *   <li>Column references (unquoted: case-insensitive; {@code "quoted"} or {@code `quoted`}:
 *       exact), metadata columns {@code __op__}, {@code __database__}, {@code __schema__}, {@code
 *       __table__}, {@code __commit_ts__}, {@code __position__}.
 *   <li>Literals: integers (INT32, INT64 when larger, DECIMAL beyond), decimals (exact DECIMAL;
 *       {@code 1e3} is DOUBLE), {@code 'text'}, TRUE, FALSE, NULL, {@code DATE '2024-01-01'},
 *       {@code TIMESTAMP '2024-01-01 00:00:00'}.
 *   <li>Operators: {@code + - * / %} and unary minus (promotion INT32 &lt; INT64 &lt; DECIMAL &lt;
 *       FLOAT64; integer division truncates; division by zero is NULL; integer overflow is an
 *       error; DECIMAL exact, division scale max(6, s1+p2+1)), {@code ||}, {@code = <> != < <= >
 *       >=}, AND, OR, NOT (three-valued), IS [NOT] NULL, IS [NOT] TRUE/FALSE, [NOT] IN, [NOT]
 *       BETWEEN, [NOT] LIKE / ILIKE [ESCAPE], CASE (simple and searched), CAST, TRY_CAST.
 *   <li>A text literal meeting a number, date, time or boolean is converted to that type at compile
 *       time ({@code created > '2024-01-01'}); other mixes of types are compile errors.
 *   <li>Functions (case-insensitive): IF, COALESCE, IFNULL, NULLIF; UPPER, LOWER, TRIM, LTRIM,
 *       RTRIM, SUBSTR, SUBSTRING, CONCAT, CONCAT_WS, REPLACE, REGEXP_REPLACE, REGEXP_EXTRACT, LPAD,
 *       RPAD, CHAR_LENGTH, CHARACTER_LENGTH, LENGTH; JSON_VALUE, MD5, SHA256 (SHA2); DATE_FORMAT,
 *       TO_TIMESTAMP, UNIX_TIMESTAMP, FROM_UNIXTIME, DATE_ADD, DATE_SUB, DATE_DIFF, DATEDIFF,
 *       CURRENT_TIMESTAMP, NOW, CURRENT_DATE. There is no session time zone: conversions between
 *       wall-clock and instant use UTC.
 * </ul>
 *
 * <p>A literal regex, LIKE pattern, date format or JSON path is compiled once at compile time.
 * Expressions over constants only are folded at compile time (so {@code CAST('x' AS INT)} fails
 * compilation); CURRENT_TIMESTAMP and UNIX_TIMESTAMP() are evaluated per row.
 */
package io.tributary.transform;
