/** What a screen that acts for an organization shows while the memberships load, or when the person has none. */
import { useMemberships } from '../auth/memberships.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice, Loading } from './status.js';

/** "Loading" while `me` is read, its error if it failed, else "register or accept an invitation first". */
export function OrganizationRequired() {
  const { t } = useI18n();
  const { loading, error } = useMemberships();
  if (loading) return <Loading />;
  if (error) return <ErrorNotice error={error} />;
  return <p>{t('session.organizationRequired')}</p>;
}
