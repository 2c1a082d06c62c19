import "reflect-metadata";
import fs from "node:fs";
import { createSchema, printSdl } from "../schema.js";

// Writes schema/schema.graphql, the SDL agency developers and the client's codegen read.
fs.mkdirSync("schema", { recursive: true });
fs.writeFileSync("schema/schema.graphql", printSdl(await createSchema()));
console.log("wrote schema/schema.graphql");
