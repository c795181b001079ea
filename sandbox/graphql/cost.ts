/**
 * What a query costs, as GitHub computes it before running it ("Rate limits and query limits for
 * the GraphQL API"): every connection asks for `first`/`last` nodes per parent node, so the nodes a
 * query may return multiply down the tree (`nodeCount`); the requests a query needs are one per
 * connection per parent node, and the cost is that sum divided by 100, rounded, at least 1. The
 * App's PromotionFacts query (reviews 1 + deployments 1 + statuses 100 requests) costs 1.
 */
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';

/** The cost and node count of the operation `operationName` (or the only one) of `document`. */
export function queryCost(
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): { cost: number; nodeCount: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (operationName === undefined || d.name?.value === operationName),
  );
  let requests = 0;
  let nodeCount = 0;
  const number = (value: ValueNode | undefined): number | undefined => {
    if (value?.kind === Kind.INT) return Number(value.value);
    if (value?.kind === Kind.VARIABLE) {
      const given = variables[value.name.value];
      return typeof given === 'number' ? given : undefined;
    }
    return undefined;
  };
  const walk = (selections: SelectionSetNode | undefined, parents: number, seen: ReadonlySet<string>): void => {
    for (const selection of selections?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, parents, seen);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (!seen.has(name)) walk(fragments.get(name)?.selectionSet, parents, new Set([...seen, name]));
      } else {
        const argument = (name: string) => selection.arguments?.find((a) => a.name.value === name)?.value;
        const size = number(argument('first')) ?? number(argument('last'));
        if (size === undefined) {
          walk(selection.selectionSet, parents, seen);
          continue;
        }
        requests += parents;
        nodeCount += parents * size;
        walk(selection.selectionSet, parents * size, seen);
      }
    }
  };
  if (operation?.kind === Kind.OPERATION_DEFINITION) walk(operation.selectionSet, 1, new Set());
  return { cost: Math.max(1, Math.round(requests / 100)), nodeCount };
}
