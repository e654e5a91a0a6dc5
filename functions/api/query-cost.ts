/**
 * The cost of one operation, computed from its document and variables before
 * any resolver runs (./query-cost-plugin.ts applies it): every selected field
 * costs 1 per time it will be resolved, a list field multiplies everything
 * below it by its size, and each root field adds the work behind it
 * (QUERY_COST in ./limits.ts). List sizes come from `first` (a literal or a
 * variable, the default page size when absent; on a connection it sizes the
 * connection's lists) and, for the industry-chain model, from the largest such
 * list in the loaded model (`modelListSizes`), so a document nesting
 * `zoneParks { segments { parks { segments … } } }` is priced at what it
 * would return. The same walk measures depth and checks the length of every
 * free-text argument (TEXT_ARGUMENT_LIMITS).
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationTypeNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { IndustryChainModel } from '../core/industry-chain/industry-chain-model.js';
import { INPUT_LIMITS } from '../core/input-limits.js';
import { OPERATION_ACCESS } from '../core/access/policy.js';
import type { FieldProblem } from '../core/errors.js';
import { DEFAULT_PAGE_SIZE } from '../core/pagination.js';
import { QUERY_COST, TEXT_ARGUMENT_LIMITS } from './limits.js';

/** Largest size of a list field, by `Type.field`. */
export type ListSizes = Readonly<Record<string, number>>;

function largest(counts: Iterable<number>): number {
  let most = 0;
  for (const count of counts) most = Math.max(most, count);
  return most;
}

/**
 * The largest size of every list the industry-chain model serves, measured on
 * the loaded model (so a bigger model raises the costs with it), and the
 * bounds the domain puts on an organization's own lists.
 */
export function modelListSizes(model: IndustryChainModel): ListSizes {
  const groups = model.groups();
  const chains = groups.flatMap((group) => group.chains);
  const stages = chains.flatMap((chain) => chain.stages);
  const segments = stages.flatMap((stage) => stage.segments);
  const policies = model.policies().length;
  return {
    'Query.industryChains': groups.length,
    'ChainGroup.chains': largest(groups.map((group) => group.chains.length)),
    'Chain.stages': largest(chains.map((chain) => chain.stages.length)),
    'ChainStage.segments': largest(stages.map((stage) => stage.segments.length)),
    'Query.zoneParks': model.parks().length,
    'ZonePark.segments': largest(model.parks().map((park) => park.segments.length)),
    'Segment.parks': largest(segments.map((segment) => model.parksFor(segment.id).length)),
    'Segment.suppliers': largest(segments.map((segment) => model.suppliersOf(segment.id).length)),
    'Segment.customers': largest(segments.map((segment) => model.customersOf(segment.id).length)),
    'PartnerMatch.policies': policies,
    'CollaborationRecommendation.policies': policies,
    'Organization.offers': INPUT_LIMITS.offeredSegments,
  };
}

/** What the walk found: the cost, the depth, and the free-text arguments over their cap. */
export interface OperationCost {
  cost: number;
  depth: number;
  textProblems: FieldProblem[];
}

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
  listSizes: ListSizes;
}

/** What one root field adds for the work behind it (QUERY_COST). */
export function rootFieldCost(operation: string): number {
  if (operation.startsWith('Mutation.')) return QUERY_COST.mutationRootField;
  // Suggested meetings score every participant of the event against the caller, as a search does.
  if (operation === 'Query.searchPartners' || operation === 'Query.recommendedCollaborations' || operation === 'Query.suggestedMeetings')
    return QUERY_COST.searchRootField;
  // Events are public but read the table.
  if (operation === 'Query.events' || operation === 'Query.event') return QUERY_COST.storeRootField;
  if (OPERATION_ACCESS[operation] === 'PUBLIC' && operation !== 'Query.health') return QUERY_COST.modelRootField;
  return QUERY_COST.storeRootField;
}

/** `first` of a field: its own argument, or its `input`'s. */
function pageSizeArgument(args: Record<string, unknown>): number | undefined {
  const input = args.input;
  const first = args.first ?? (typeof input === 'object' && input !== null ? (input as Record<string, unknown>).first : undefined);
  return typeof first === 'number' && Number.isFinite(first) && first > 0 ? first : undefined;
}

function textCapOf(coordinate: string): number {
  return TEXT_ARGUMENT_LIMITS.byArgument[coordinate] ?? TEXT_ARGUMENT_LIMITS.default;
}

function textProblemsIn(type: GraphQLInputType, value: unknown, path: string, cap: number): FieldProblem[] {
  if (value === null || value === undefined) return [];
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const element = nullable.ofType;
    return Array.isArray(value) ? value.flatMap((item, i) => textProblemsIn(element, item, `${path}[${i}]`, cap)) : [];
  }
  if (isInputObjectType(nullable)) {
    const object = value as Record<string, unknown>;
    return Object.values(nullable.getFields()).flatMap((field) =>
      textProblemsIn(field.type, object[field.name], `${path}.${field.name}`, cap),
    );
  }
  if (typeof value === 'string' && value.length > cap) return [{ path, message: `is longer than ${cap} characters` }];
  return [];
}

function argumentTextProblems(coordinate: string, definitions: readonly GraphQLArgument[], args: Record<string, unknown>): FieldProblem[] {
  return definitions.flatMap((definition) =>
    textProblemsIn(definition.type, args[definition.name], definition.name, textCapOf(`${coordinate}.${definition.name}`)),
  );
}

interface Walk {
  input: CostInput;
  textProblems: FieldProblem[];
  /** Fragment costs by name and inherited page size: a fragment spread many times is walked once. */
  fragmentCosts: Map<string, { cost: number; depth: number }>;
}

function fieldsOf(type: GraphQLNamedType | undefined): Record<string, GraphQLField<unknown, unknown>> | undefined {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined;
}

/** Whether a field's type is a list (of anything, nullable or not). */
function isListField(field: GraphQLField<unknown, unknown>): boolean {
  return isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
}

/** Cost and depth of a selection set on `type`; `page` is the `first` of the connection field above, if any. */
function costOfSelections(walk: Walk, selections: SelectionSetNode, type: GraphQLNamedType | undefined, page: number | undefined) {
  let cost = 0;
  let depth = 0;
  const fields = fieldsOf(type);
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      // Introspection (off in production) and __typename cost one field.
      if (name.startsWith('__')) {
        cost += 1;
        depth = Math.max(depth, 1);
        continue;
      }
      const field = fields?.[name];
      if (!field || !type) continue;
      const coordinate = `${type.name}.${name}`;
      let args: Record<string, unknown> = {};
      try {
        args = getArgumentValues(field, selection, walk.input.variables);
      } catch {
        // Arguments the executor will refuse (BAD_USER_INPUT) cost nothing here.
      }
      if (field.args.length > 0) walk.textProblems.push(...argumentTextProblems(coordinate, field.args, args));
      const ownPage = pageSizeArgument(args);
      // A list of scalars or enums is one value in the answer; a list of objects multiplies what is selected in it.
      const list = isListField(field) && selection.selectionSet !== undefined;
      const size = list ? (ownPage ?? walk.input.listSizes[coordinate] ?? page ?? QUERY_COST.defaultListSize) : 1;
      const below = selection.selectionSet
        ? costOfSelections(walk, selection.selectionSet, getNamedType(field.type), list ? undefined : (ownPage ?? defaultPageOf(field)))
        : { cost: 0, depth: 0 };
      const rootWork =
        type === walk.input.schema.getQueryType() || type === walk.input.schema.getMutationType() ? rootFieldCost(coordinate) : 0;
      cost += rootWork + size * (1 + below.cost);
      depth = Math.max(depth, 1 + below.depth);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.input.schema.getType(selection.typeCondition.name.value) : type;
      const inner = costOfSelections(walk, selection.selectionSet, on ?? undefined, page);
      cost += inner.cost;
      depth = Math.max(depth, inner.depth);
    } else {
      const inner = costOfFragment(walk, selection.name.value, page);
      cost += inner.cost;
      depth = Math.max(depth, inner.depth);
    }
  }
  return { cost, depth };
}

/** A connection without `first` is a page of the default size. */
function defaultPageOf(field: GraphQLField<unknown, unknown>): number | undefined {
  const takesFirst = field.args.some((arg) => arg.name === 'first' || arg.name === 'input');
  return takesFirst ? DEFAULT_PAGE_SIZE : undefined;
}

function costOfFragment(walk: Walk, name: string, page: number | undefined): { cost: number; depth: number } {
  const key = `${name}@${page ?? ''}`;
  const known = walk.fragmentCosts.get(key);
  if (known) return known;
  const fragment = walk.input.fragments[name];
  // Validation has refused unknown and cyclic fragments already; a placeholder guards the walk anyway.
  walk.fragmentCosts.set(key, { cost: 0, depth: 0 });
  const result = fragment
    ? costOfSelections(walk, fragment.selectionSet, walk.input.schema.getType(fragment.typeCondition.name.value) ?? undefined, page)
    : { cost: 0, depth: 0 };
  walk.fragmentCosts.set(key, result);
  return result;
}

/** The cost, depth and over-long text arguments of one operation. */
export function operationCost(input: CostInput): OperationCost {
  const walk: Walk = { input, textProblems: [], fragmentCosts: new Map() };
  const root =
    input.operation.operation === OperationTypeNode.MUTATION
      ? input.schema.getMutationType()
      : input.operation.operation === OperationTypeNode.SUBSCRIPTION
        ? input.schema.getSubscriptionType()
        : input.schema.getQueryType();
  const { cost, depth } = costOfSelections(walk, input.operation.selectionSet, root ?? undefined, undefined);
  return { cost, depth, textProblems: walk.textProblems };
}

/** Rate-limit units a request of this cost is charged: at least 1. */
export function rateLimitUnitsOf(cost: number): number {
  return Math.max(1, Math.ceil(cost / QUERY_COST.costPerRateLimitUnit));
}
