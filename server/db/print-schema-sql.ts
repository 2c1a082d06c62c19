import "reflect-metadata";
import { createDataSource } from "./data-source.js";

// Development aid for writing a migration: prints the SQL that would bring an empty
// database of the chosen kind up to the entities. Usage: node dist/server/db/print-schema-sql.js [postgres-url]
const dataSource = createDataSource({ databaseUrl: process.argv[2] ?? null, sqlitePath: "/tmp/praktikpool-schema.sqlite" });
await dataSource.initialize();
const sql = await dataSource.driver.createSchemaBuilder().log();
for (const query of sql.upQueries) console.log(query.query + ";");
await dataSource.destroy();
