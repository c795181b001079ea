/**
 * The sandbox's executable GraphQL schema: schema.graphql (the subset of GitHub's published schema
 * that scripts/gen-sandbox-graphql-schema.ts extracts) built once per process with graphql-js.
 * Queries are validated against it, so a field or argument GitHub does not have is refused as
 * GitHub refuses it.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLSchema } from 'graphql';

let built: GraphQLSchema | undefined;

/** The schema.graphql text (the generated subset, with its header). */
export function schemaSdl(): string {
  return readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');
}

/** The executable schema, built on first use. */
export function sandboxSchema(): GraphQLSchema {
  built ??= buildSchema(schemaSdl());
  return built;
}
