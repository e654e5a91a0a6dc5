/**
 * One entry of docs/api-changelog.md: what a release changed in the contract,
 * from GraphQL Inspector's changes, breaking (announced by deprecation) first.
 * Description-only changes are counted rather than listed: they change no
 * request or response.
 */
import { ChangeType, CriticalityLevel, type Change } from '@graphql-inspector/core';

const DESCRIPTION_CHANGES = new Set<string>([
  ChangeType.FieldArgumentDescriptionChanged,
  ChangeType.DirectiveDescriptionChanged,
  ChangeType.DirectiveArgumentDescriptionChanged,
  ChangeType.EnumValueDescriptionChanged,
  ChangeType.FieldDescriptionChanged,
  ChangeType.FieldDescriptionAdded,
  ChangeType.FieldDescriptionRemoved,
  ChangeType.InputFieldDescriptionAdded,
  ChangeType.InputFieldDescriptionRemoved,
  ChangeType.InputFieldDescriptionChanged,
  ChangeType.TypeDescriptionChanged,
  ChangeType.TypeDescriptionAdded,
  ChangeType.TypeDescriptionRemoved,
]);

const SECTIONS: { level: CriticalityLevel; title: string }[] = [
  { level: CriticalityLevel.Breaking, title: 'Breaking (each announced by a deprecation in an earlier release)' },
  { level: CriticalityLevel.Dangerous, title: 'Dangerous (valid requests keep working; clients may need to handle new values)' },
  { level: CriticalityLevel.NonBreaking, title: 'Added or changed without breaking' },
];

/** The message alone is ambiguous for directive arguments ("Argument 'scope' was added to '@cacheControl'"). */
const changeLine = (change: Change): string => (change.path ? `- \`${change.path}\`: ${change.message}` : `- ${change.message}`);

export interface ReleaseNotes {
  /** Release name, e.g. 2026-12-02. */
  release: string;
  changes: Change[];
  /** One paragraph a person writes about the release, if any. */
  summary?: string;
}

/** A change's kind: graphql-inspector's `Change` types it as `any` unless told which kind. */
const kindOf = (change: Change): string => change.type as string;

export function renderChangelogEntry({ release, changes, summary }: ReleaseNotes): string {
  const described = changes.filter((change) => DESCRIPTION_CHANGES.has(kindOf(change)));
  const substantive = changes.filter((change) => !DESCRIPTION_CHANGES.has(kindOf(change)));
  const lines = [`## ${release}`, ''];
  if (summary) lines.push(summary, '');
  for (const section of SECTIONS) {
    const listed = substantive.filter((change) => change.criticality.level === section.level);
    if (listed.length === 0) continue;
    lines.push(`### ${section.title}`, '', ...listed.map(changeLine), '');
  }
  if (described.length > 0) lines.push(`Descriptions added or reworded: ${described.length}.`, '');
  if (changes.length === 0) lines.push('No change to the contract.', '');
  return lines.join('\n');
}

export const CHANGELOG_HEADER = `# API changelog

Every release of the GraphQL contract (\`schema/released.graphql\`), oldest first, written by
\`npm run release:schema\` from GraphQL Inspector's diff against the previous release. The deprecation
policy is in the README ("Partner apps").
`;
