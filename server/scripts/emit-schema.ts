import "reflect-metadata";
import fs from "node:fs";
import { publishedReasons, withReasonsSection } from "../common/error-docs.js";
import { createSchema, printSdl } from "../schema.js";

// Writes what agency developers and the client's codegen read: the SDL, the error catalogue as
// data (schema/error-reasons.json), and the catalogue's table in SECURITY.md.
fs.mkdirSync("schema", { recursive: true });
fs.writeFileSync("schema/schema.graphql", printSdl(await createSchema()));
fs.writeFileSync("schema/error-reasons.json", JSON.stringify(publishedReasons(), null, 2) + "\n");
fs.writeFileSync("SECURITY.md", withReasonsSection(fs.readFileSync("SECURITY.md", "utf8")));
console.log("wrote schema/schema.graphql, schema/error-reasons.json and the error reasons in SECURITY.md");
