/**
 * GitHub's OpenAPI 3.0 description uses `nullable: true` on about 135 schemas that have no `type`
 * (typically `{nullable: true, allOf: [{$ref}]}`). Ajv rejects `nullable` without `type`, so at load
 * time each such schema is rewritten to the equivalent `anyOf: [<schema>, {type: 'null'}]`.
 *
 * Also: a `nullable: true` schema with an `enum` (check runs' `conclusion`, for one) must list
 * `null` among its values for Ajv to accept null (OpenAPI 3.0.3 clarifies `nullable` this way), so
 * `null` is added to such enums.
 */

type Json = unknown;

/** Rewrites every `nullable` schema without `type` in place; returns how many were rewritten. */
export function fixNullableWithoutType(node: Json): number {
  let count = 0;
  const visit = (value: Json): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    for (const child of Object.values(object)) visit(child);
    if (object.nullable === true && Array.isArray(object.enum) && !object.enum.includes(null)) {
      object.enum = [...(object.enum as unknown[]), null];
    }
    if (object.nullable === true && object.type === undefined && object.$ref === undefined) {
      const { nullable: _nullable, description, title, ...rest } = object;
      for (const key of Object.keys(object)) delete object[key];
      if (description !== undefined) object.description = description;
      if (title !== undefined) object.title = title;
      // With no other constraint the schema accepted anything already; `null` included.
      if (Object.keys(rest).length > 0) object.anyOf = [rest, { type: 'null' }];
      count++;
    }
  };
  visit(node);
  return count;
}
