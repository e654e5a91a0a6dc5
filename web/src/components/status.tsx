/** Loading and error notices, announced to screen readers. */
import type { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/messages/index.js';

const CODED: Record<string, MessageKey> = {
  CONFLICT: 'error.CONFLICT',
  FORBIDDEN: 'error.FORBIDDEN',
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  BAD_USER_INPUT: 'error.BAD_USER_INPUT',
  NOT_FOUND: 'error.NOT_FOUND',
  NETWORK: 'error.network',
};

/** "Loading…" while a request runs. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="muted">
      {t('common.loading')}
    </p>
  );
}

/** An API error in the UI language; a CONFLICT offers to reload. */
export function ErrorNotice({ error, onReload }: { error: ApiError | undefined; onReload?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  const key = CODED[error.code] ?? 'error.generic';
  return (
    <div role="alert" className="error" data-code={error.code}>
      <p>{t(key, { message: error.message })}</p>
      {error.code === 'CONFLICT' && onReload && (
        <button type="button" onClick={onReload}>
          {t('common.reload')}
        </button>
      )}
    </div>
  );
}
