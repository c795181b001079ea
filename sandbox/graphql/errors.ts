/**
 * GitHub's GraphQL error shapes, in one place. GitHub answers HTTP 200 for query errors and puts
 * them in `errors`, in two families:
 * - execution errors carry a `type` (`NOT_FOUND`, `FORBIDDEN`, `EXCESSIVE_PAGINATION`,
 *   `MISSING_PAGINATION_BOUNDARIES`), the response `path` and `locations`, and null out their field:
 *   `{"data":{"repository":null},"errors":[{"type":"NOT_FOUND","path":["repository"],"locations":[...],
 *   "message":"Could not resolve to a Repository with the name 'a/b'."}]}` (as captured live from
 *   api.github.com in public clients' test fixtures, found by searching public code for the message);
 * - validation errors carry `extensions.code` and a path through the query's text, starting with the
 *   operation (`["query GetUser","viewer","repositories","nsodes"]`, code `undefinedField`, message
 *   `Field 'nsodes' doesn't exist on type 'RepositoryConnection'`, as recorded from api.github.com in
 *   public client test fixtures), and no `data` at all.
 * Resolvers throw `GraphqlFieldError`; `formatError` turns graphql-js errors into GitHub's shapes.
 */
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';

/** An execution error with GitHub's `type`, thrown by a resolver; its field becomes null. */
export class GraphqlFieldError extends Error {
  override readonly name = 'GraphqlFieldError';
  /** GitHub's error type (`NOT_FOUND`, `FORBIDDEN`...). */
  readonly type: string;
  /** GitHub's `extensions` for this type, if it sends any. */
  readonly extensions: Record<string, unknown> | undefined;

  constructor(type: string, message: string, extensions?: Record<string, unknown>) {
    super(message);
    this.type = type;
    this.extensions = extensions;
  }
}

/** One entry of a GraphQL response's `errors`, as GitHub writes it. */
export type GithubGraphqlError = Record<string, unknown> & { message: string };

/** `NOT_FOUND` for a missing (or hidden) object: `Could not resolve to a <Type> with <what>.` */
export function notFoundError(type: string, what: string): GraphqlFieldError {
  const article = /^[AEIOU]/.test(type) ? 'an' : 'a';
  return new GraphqlFieldError('NOT_FOUND', `Could not resolve to ${article} ${type} with ${what}.`);
}

/**
 * `FORBIDDEN` for an installation token without the permission a field needs, with the
 * `extensions` GitHub adds (`{"type":"FORBIDDEN","path":[...],"extensions":{"saml_failure":false},
 * "locations":[...],"message":"Resource not accessible by integration"}`, as recorded from
 * api.github.com in public clients' fixtures).
 */
export function forbiddenError(): GraphqlFieldError {
  return new GraphqlFieldError('FORBIDDEN', 'Resource not accessible by integration', { saml_failure: false });
}

/**
 * The path GitHub reports for a validation error: the operation (`query Name`, or `query` when
 * anonymous) or fragment, then each field's response key and `... on Type` for inline fragments,
 * down to the node (and the argument, for argument errors).
 */
function textPaths(document: DocumentNode): Map<ASTNode, string[]> {
  const paths = new Map<ASTNode, string[]>();
  const stack: string[] = [];
  const enter = (node: ASTNode, label: string | undefined) => {
    if (label !== undefined) stack.push(label);
    paths.set(node, [...stack]);
  };
  const leave = (label: string | undefined) => {
    if (label !== undefined) stack.pop();
  };
  const labelOf = (node: ASTNode): string | undefined => {
    switch (node.kind) {
      case Kind.OPERATION_DEFINITION:
        return node.name ? `${node.operation} ${node.name.value}` : node.operation;
      case Kind.FRAGMENT_DEFINITION:
        return `fragment ${node.name.value}`;
      case Kind.FIELD:
        return node.alias?.value ?? node.name.value;
      case Kind.INLINE_FRAGMENT:
        return node.typeCondition ? `... on ${node.typeCondition.name.value}` : '...';
      case Kind.FRAGMENT_SPREAD:
        return `... ${node.name.value}`;
      case Kind.ARGUMENT:
        return node.name.value;
      default:
        return undefined;
    }
  };
  visit(document, {
    enter: (node) => enter(node, labelOf(node)),
    leave: (node) => leave(labelOf(node)),
  });
  return paths;
}

/** GitHub's rewording of graphql-js's validation messages, with its `extensions`. */
function githubValidation(message: string): { message: string; extensions?: Record<string, unknown> } {
  let match = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(message);
  if (match) {
    const [, fieldName, typeName] = match as unknown as [string, string, string];
    return {
      message: `Field '${fieldName}' doesn't exist on type '${typeName}'`,
      extensions: { code: 'undefinedField', typeName, fieldName },
    };
  }
  match = /^Unknown argument "(\w+)" on field "(\w+)\.(\w+)"\./.exec(message);
  if (match) {
    const [, argumentName, , fieldName] = match as unknown as [string, string, string, string];
    return {
      message: `Field '${fieldName}' doesn't accept argument '${argumentName}'`,
      extensions: { code: 'argumentNotAccepted', name: fieldName, typeName: 'Field', argumentName },
    };
  }
  match = /^Field "(\w+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\./.exec(message);
  if (match) {
    const [, fieldName, argumentName] = match as unknown as [string, string, string];
    return {
      message: `Field '${fieldName}' is missing required arguments: ${argumentName}`,
      extensions: { code: 'missingRequiredArguments', className: 'Field', name: fieldName, arguments: argumentName },
    };
  }
  match = /^Field "(\w+)" of type "([^"]+)" must have a selection of subfields\./.exec(message);
  if (match) {
    const [, fieldName, typeName] = match as unknown as [string, string, string];
    return {
      message: `Field must have selections (field '${fieldName}' returns ${typeName.replace(/[[\]!]/g, '')} but has no selections. Did you mean '${fieldName} { ... }'?)`,
      extensions: { code: 'selectionMismatch', nodeName: `field '${fieldName}'`, typeName },
    };
  }
  match = /^Variable "\$(\w+)" is never used/.exec(message);
  if (match) {
    return {
      message: `Variable $${match[1]} is declared by anonymous query but not used`,
      extensions: { code: 'variableNotUsed', variableName: match[1] },
    };
  }
  return { message };
}

/** A validation error of `document` in GitHub's shape. */
export function validationError(error: GraphQLError, document: DocumentNode): GithubGraphqlError {
  const paths = textPaths(document);
  const node = error.nodes?.[0];
  const { message, extensions } = githubValidation(error.message);
  return {
    ...(node && paths.has(node) ? { path: paths.get(node) } : {}),
    ...(extensions ? { extensions } : {}),
    locations: error.locations ?? [],
    message,
  };
}

/** A syntax error as GitHub words it: `Parse error on "}" (RCURLY) at [1, 10]`. */
export function syntaxError(error: GraphQLError): GithubGraphqlError {
  const location = error.locations?.[0] ?? { line: 1, column: 1 };
  const found = /found (.+?)\.?$/.exec(error.message)?.[1] ?? 'end of input';
  return {
    message: `Parse error on ${found} at [${location.line}, ${location.column}]`,
    locations: [location],
  };
}

/**
 * A variable that does not fit its declared type, as GitHub answers it:
 * `Variable $number of type Int! was provided invalid value`, the value and the problems in
 * `extensions`.
 */
export function variableError(
  error: GraphQLError,
  declared: Map<string, string>,
  variables: Record<string, unknown>,
): GithubGraphqlError {
  const name = /Variable "\$(\w+)"/.exec(error.message)?.[1];
  if (name === undefined) return { message: error.message, locations: error.locations ?? [] };
  const explanation = / was not provided\.$/.test(error.message)
    ? 'Expected value to not be null'
    : error.message.replace(/^Variable "\$\w+" got invalid value [^;]*; /, '');
  return {
    extensions: { value: variables[name] ?? null, problems: [{ path: [], explanation }] },
    locations: error.locations ?? [],
    message: `Variable $${name} of type ${declared.get(name) ?? 'unknown'} was provided invalid value`,
  };
}

/**
 * An execution error in GitHub's shape: `type`, `path`, `locations`, `message` for the sandbox's own
 * field errors; anything else is a bug in a resolver, answered as GitHub answers its own failures.
 */
export function executionError(error: GraphQLError, requestId: string): GithubGraphqlError {
  const original = error.originalError;
  if (original instanceof GraphqlFieldError) {
    return {
      type: original.type,
      path: error.path ?? [],
      ...(original.extensions ? { extensions: original.extensions } : {}),
      locations: error.locations ?? [],
      message: original.message,
    };
  }
  if (original === undefined || original instanceof GraphQLError) {
    return { path: error.path ?? [], locations: error.locations ?? [], message: error.message };
  }
  return {
    message: `Something went wrong while executing your query. Please include \`${requestId}\` when reporting this issue.`,
  };
}
