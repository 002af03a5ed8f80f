package io.tributary.cli.demo;

import java.sql.SQLException;

/**
 * The demo's shop in PostgreSQL: database {@value #DATABASE}, schema {@value #SCHEMA} with customers and
 * orders — integer keys, text, numeric, timestamptz, jsonb and an enum — filled with generated rows.
 */
public final class DemoShop {
  public static final String DATABASE = "shop";
  public static final String SCHEMA = "shop";
  public static final int CUSTOMERS = 20_000;
  public static final int ORDERS = 200_000;

  private DemoShop() {
  }

  /** Creates the database, its schema and tables, and fills them. */
  public static void create(DemoPostgres server) throws SQLException {
    server.execute("postgres", "CREATE DATABASE " + DATABASE);
    server.execute(DATABASE,
        "CREATE SCHEMA " + SCHEMA,
        "CREATE TYPE shop.order_status AS ENUM ('new', 'paid', 'shipped', 'delivered')",
        "CREATE TABLE shop.customers (id integer PRIMARY KEY, name text NOT NULL, email varchar(200) NOT NULL, "
            + "country char(2) NOT NULL, created_at timestamptz NOT NULL)",
        "CREATE TABLE shop.orders (id bigint PRIMARY KEY, customer_id integer NOT NULL, status shop.order_status NOT NULL, "
            + "amount numeric(12,2) NOT NULL, items jsonb, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL)",
        // old rows carry every column, so an update that leaves a large (TOASTed) value alone still captures it
        "ALTER TABLE shop.customers REPLICA IDENTITY FULL",
        "ALTER TABLE shop.orders REPLICA IDENTITY FULL",
        "INSERT INTO shop.customers SELECT g, 'Customer ' || g, 'c' || g || '@example.com', "
            + "(ARRAY['DE','FR','US','JP','BR','IN'])[1 + g % 6], timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute' "
            + "FROM generate_series(1, " + CUSTOMERS + ") g",
        "INSERT INTO shop.orders SELECT g, 1 + g % " + CUSTOMERS + ", "
            + "((ARRAY['new','paid','shipped','delivered'])[1 + g % 4])::shop.order_status, "
            + "round(5 + (g * 7919 % 50000) / 100.0, 2), jsonb_build_array(jsonb_build_object('sku', g % 97, 'qty', 1 + g % 3)), "
            + "timestamptz '2024-06-01 00:00:00+00' + g * interval '37 seconds', now() FROM generate_series(1, " + ORDERS + ") g",
        "ANALYZE");
  }
}
