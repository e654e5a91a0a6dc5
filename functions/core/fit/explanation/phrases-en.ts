/**
 * English sentences of explanations.
 */
import type { Phrases, ReasonFacts } from './phrases.js';

/** "Power semiconductors" → "power semiconductors" mid-sentence; "IGBT modules" stays. */
function midSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function reason(f: ReasonFacts): string {
  const s = midSentence(f.seekerSegment);
  const c = midSentence(f.candidateSegment);
  const across = f.crossChain ? ', across chains' : '';
  switch (f.direction) {
    case 'CANDIDATE_OFFERS_WHAT_SEEKER_SEEKS':
      return `${f.candidate} works in ${c}, which ${f.seeker} is looking for.`;
    case 'SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS':
      return `${f.candidate} is looking for ${s}, which ${f.seeker} offers.`;
    case 'CANDIDATE_SUPPLIES_SEEKER':
      return `${f.candidate} can supply ${f.seeker}: ${c} feeds ${s}${across}.`;
    case 'SEEKER_SUPPLIES_CANDIDATE':
      return `${f.seeker} can supply ${f.candidate}: ${s} feeds ${c}${across}.`;
    case 'CANDIDATE_RESEARCHES_FOR_SEEKER':
      return `${f.candidate} brings research capability in ${c} to the ${s} of ${f.seeker}.`;
    case 'SEEKER_RESEARCHES_FOR_CANDIDATE':
      return `${f.seeker} brings research capability in ${s} to the ${c} of ${f.candidate}.`;
    case 'PEERS':
      return `Both work in ${s} and can develop or invest together as peers.`;
    case 'SAME_CHAIN':
      return `Both are on the same chain (${s}; ${c}), without a direct supply link.`;
  }
}

export const ENGLISH: Phrases = {
  headline: ({ seeker, candidate }, score) => `${candidate} scores ${score} as a partner for ${seeker}.`,
  balance: ({ seeker, candidate }, balance) =>
    balance === 'MUTUAL'
      ? 'The fit works both ways.'
      : balance === 'CANDIDATE_SERVES_MORE'
        ? `The fit is mostly one-sided: ${candidate} serves ${seeker} more than the other way round.`
        : `The fit is mostly one-sided: ${seeker} serves ${candidate} more than the other way round.`,
  reason,
  sharedModes: (modes) => `Both accept ${list(modes)}.`,
  noSharedMode: () => 'They share no cooperation mode yet.',
  crossBorder: () => 'It is a China–Korea pair, the kind of partnership the zone was set up for.',
  park: (name) => `Suggested zone park: ${name}.`,
  policies: (names) => `Policy measures that apply: ${names.join('; ')}.`,
  separator: ' ',
};
