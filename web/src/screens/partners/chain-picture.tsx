/** The chain picture: plain SVG of a reason's chain(s), both segments marked, the link between them drawn. */
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.js';
import { BOX, layoutChainPicture, type Party, type PictureReason } from './chain-picture-layout.js';

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The picture for the strongest reason of a partner match. */
export function ChainPicture({ reason, partnerName }: { reason: PictureReason; partnerName: string }) {
  const { t } = useI18n();
  const id = useId();
  const layout = layoutChainPicture(reason);
  const { from, to } = layout.link;
  const sameRow = from.y === to.y;
  const path = sameRow
    ? `M${from.x},${from.y} C${from.x},${from.y + 26} ${to.x},${to.y + 26} ${to.x},${to.y}`
    : `M${from.x},${from.y} L${to.x},${to.y}`;
  const markText: Record<Party, string> = { seeker: t('picture.you'), candidate: t('picture.them') };
  const title = t('picture.title', { name: partnerName });
  return (
    <figure className="chain-picture">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="chain-picture"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {`${markText.seeker}: ${reason.seekerSegment.name}. ${markText.candidate}: ${reason.candidateSegment.name}.`}
        </desc>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="arrow-head" />
          </marker>
        </defs>
        {layout.rows.map((row) => (
          <g key={row.chainName}>
            <text x={row.stages[0]?.x ?? 0} y={row.y - 6} className="chain-label">
              {shorten(row.chainName, 48)}
            </text>
            {row.stages.map((stage) => (
              <g key={stage.x} className={`stage ${stage.marks.map((mark) => `mark-${mark}`).join(' ')}`}>
                <rect x={stage.x} y={stage.y} width={BOX.width} height={BOX.height} rx="6" />
                <text x={stage.x + 6} y={stage.y + 17}>
                  {shorten(stage.name, 16)}
                </text>
                {stage.marks.length > 0 && (
                  <text x={stage.x + 6} y={stage.y + 35} className="mark-label">
                    {stage.marks.map((mark) => markText[mark]).join(' · ')}
                  </text>
                )}
              </g>
            ))}
          </g>
        ))}
        <path
          d={path}
          className={`link ${layout.link.research ? 'research' : ''}`}
          fill="none"
          markerEnd={layout.link.directed ? `url(#${id}-arrow)` : undefined}
        />
      </svg>
      <figcaption className="muted">{t('picture.legend')}</figcaption>
    </figure>
  );
}
