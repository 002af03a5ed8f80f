/** {@code tributary demo}: a throwaway shop database, a live workload, and the report at the end. */
package io.tributary.cli.demo;
