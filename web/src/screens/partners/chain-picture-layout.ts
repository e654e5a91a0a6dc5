/**
 * Geometry of the chain picture (pure): the chain(s) of a fit reason as rows of
 * stages, both organizations' segments marked, and the link between them drawn
 * from the serving side to the served side.
 */
import type { FitDirection, FitEvidenceKind } from '../../generated/graphql.js';

/** A segment as the picture needs it. */
export interface PictureSegment {
  id: string;
  name: string;
  chain: { id: string; name: string; stages: { id: string; name: string; index: number }[] };
  stage: { index: number };
}

/** The reason the picture shows. */
export interface PictureReason {
  kind: FitEvidenceKind;
  direction: FitDirection;
  seekerSegment: PictureSegment;
  candidateSegment: PictureSegment;
}

export type Party = 'seeker' | 'candidate';

export interface StageBox {
  x: number;
  y: number;
  name: string;
  marks: Party[];
}

export interface PictureLayout {
  width: number;
  height: number;
  rows: { chainName: string; y: number; stages: StageBox[] }[];
  /** From the serving side's box to the served side's; undirected for peers. */
  link: { from: { x: number; y: number }; to: { x: number; y: number }; directed: boolean; research: boolean };
}

export const BOX = { width: 112, height: 44, gap: 16 } as const;
const ROW_HEIGHT = 92;
const MARGIN = 8;
const LABEL_HEIGHT = 20;

/** Which party serves the other, or null when they are peers on the chain. */
export function servingParty(direction: FitDirection): Party | null {
  if (direction.startsWith('CANDIDATE_')) return 'candidate';
  if (direction.startsWith('SEEKER_')) return 'seeker';
  return null;
}

/** Lays out the picture of one reason. */
export function layoutChainPicture(reason: PictureReason): PictureLayout {
  const { seekerSegment: seeker, candidateSegment: candidate } = reason;
  const chains = seeker.chain.id === candidate.chain.id ? [seeker.chain] : [seeker.chain, candidate.chain];
  const widest = Math.max(...chains.map((chain) => chain.stages.length));
  const rows = chains.map((chain, row) => {
    const y = MARGIN + LABEL_HEIGHT + row * ROW_HEIGHT;
    const stages = [...chain.stages]
      .sort((a, b) => a.index - b.index)
      .map((stage, column): StageBox => {
        const marks: Party[] = [];
        if (seeker.chain.id === chain.id && seeker.stage.index === stage.index) marks.push('seeker');
        if (candidate.chain.id === chain.id && candidate.stage.index === stage.index) marks.push('candidate');
        return { x: MARGIN + column * (BOX.width + BOX.gap), y, name: stage.name, marks };
      });
    return { chainName: chain.name, y, stages };
  });
  // A segment's stage is always on its chain; the fallback only keeps the picture drawable.
  const fallback: StageBox = rows[0]?.stages[0] ?? { x: MARGIN, y: MARGIN + LABEL_HEIGHT, name: seeker.chain.name, marks: [] };
  const boxOf = (party: Party) => rows.flatMap((row) => row.stages).find((stage) => stage.marks.includes(party)) ?? fallback;
  const serving = servingParty(reason.direction);
  const [fromParty, toParty]: [Party, Party] = serving === 'seeker' ? ['seeker', 'candidate'] : ['candidate', 'seeker'];
  const from = boxOf(fromParty);
  const to = boxOf(toParty);
  const centre = (box: StageBox, toward: StageBox) => ({
    x: box.x + BOX.width / 2,
    // Same row: join the boxes' bottoms with a curve; else join facing edges.
    y: box.y === toward.y ? box.y + BOX.height : box.y < toward.y ? box.y + BOX.height : box.y,
  });
  return {
    width: MARGIN * 2 + widest * BOX.width + (widest - 1) * BOX.gap,
    height: MARGIN * 2 + LABEL_HEIGHT + (rows.length - 1) * ROW_HEIGHT + BOX.height + 28,
    rows,
    link: {
      from: centre(from, to),
      to: centre(to, from),
      directed: serving !== null,
      research: reason.kind === 'RESEARCH' || reason.kind === 'RESEARCH_ADJACENT',
    },
  };
}

/**
 * The reason worth drawing: the strongest one joining two different segments
 * (a supply or research link shows where each side sits); the strongest of all
 * when every reason names one segment for both (seeks-offered on the same segment).
 */
export function pictureReason<R extends PictureReason>(reasons: readonly R[]): R | undefined {
  return reasons.find((reason) => reason.seekerSegment.id !== reason.candidateSegment.id) ?? reasons[0];
}
