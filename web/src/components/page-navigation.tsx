/**
 * The buttons of a list paginated forward (Relay `first`/`after`): back to
 * the first page (`firstLabel`, shown past it) and on to the next page.
 * Nothing is shown while the list has a single page.
 */
import { useI18n } from '../i18n/i18n.js';

interface PageNavigationProps {
  /** The cursor the shown page starts after; undefined on the first page. */
  after: string | undefined;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  /** Called with the cursor of the page to show (undefined: the first). */
  onPage: (after: string | undefined) => void;
  firstLabel: string;
}

export function PageNavigation({ after, pageInfo, onPage, firstLabel }: PageNavigationProps) {
  const { t } = useI18n();
  const next = pageInfo?.hasNextPage ? pageInfo.endCursor : null;
  if (!after && !next) return null;
  return (
    <div className="actions">
      {after && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            onPage(undefined);
          }}
        >
          {firstLabel}
        </button>
      )}
      {next && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            onPage(next);
          }}
        >
          {t('common.more')}
        </button>
      )}
    </div>
  );
}
