// A versioned schema change. Each engine keeps its own list (sqlite/,
// postgres/), version for version the same tables and columns. Append only: a
// deployed database has run the earlier ones, so editing one would fork its
// schema from a fresh install's.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
