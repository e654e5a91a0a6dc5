/**
 * The console's shell: header with navigation, language and session, and the
 * screen for the current hash route.
 */
import type { ReactNode } from 'react';
import { useMemberships } from './auth/memberships.js';
import { useSession } from './auth/session.js';
import { LanguageSwitcher } from './components/language-switcher.js';
import { NotificationBell } from './components/notification-bell.js';
import { useI18n } from './i18n/i18n.js';
import type { MessageKey } from './i18n/messages/index.js';
import { href, navigate, useRoute } from './router/hash-router.js';
import { AdminScreen } from './screens/admin/admin-screen.js';
import { ChainsScreen } from './screens/chains/chains-screen.js';
import { SegmentScreen } from './screens/chains/segment-screen.js';
import { EventScreen } from './screens/events/event-screen.js';
import { EventsScreen } from './screens/events/events-screen.js';
import { CollaborationsScreen } from './screens/collaborations/collaborations-screen.js';
import { MatchesScreen } from './screens/matches/matches-screen.js';
import { MembersScreen } from './screens/members/members-screen.js';
import { NotificationsScreen } from './screens/notifications/notifications-screen.js';
import { OrganizationScreen } from './screens/organization/organization-screen.js';
import { PartnersScreen } from './screens/partners/partners-screen.js';
import { SignInScreen } from './screens/sign-in/sign-in-screen.js';

type NavItem = { route: string; label: MessageKey; when: 'always' | 'signedIn' | 'admin' };

// The notification bell sits in the session box (NotificationBell), not in this list.
const NAV: NavItem[] = [
  { route: 'chains', label: 'nav.chains', when: 'always' },
  { route: 'partners', label: 'nav.partners', when: 'signedIn' },
  { route: 'collaborations', label: 'nav.collaborations', when: 'signedIn' },
  { route: 'matches', label: 'nav.matches', when: 'signedIn' },
  { route: 'events', label: 'nav.events', when: 'always' },
  { route: 'organization', label: 'nav.organization', when: 'signedIn' },
  { route: 'members', label: 'nav.members', when: 'signedIn' },
  { route: 'admin', label: 'nav.admin', when: 'admin' },
];

function screenFor(path: string[]): ReactNode {
  const [first, second, third] = path;
  switch (first ?? 'chains') {
    case 'chains':
      return second === 'segment' && third ? <SegmentScreen segmentId={third} /> : <ChainsScreen />;
    case 'sign-in':
      return <SignInScreen />;
    case 'organization':
      return <OrganizationScreen registerAnother={second === 'new'} />;
    case 'members':
      return <MembersScreen />;
    case 'partners':
      return <PartnersScreen />;
    case 'collaborations':
      return <CollaborationsScreen />;
    case 'matches':
      return <MatchesScreen focusMatchId={second} />;
    case 'events':
      return second ? <EventScreen eventId={second} /> : <EventsScreen />;
    case 'notifications':
      return <NotificationsScreen />;
    case 'admin':
      return <AdminScreen />;
    default:
      return null;
  }
}

/** Whom a person acts for: the organization's name, or a switcher when they belong to several. */
function ActingFor() {
  const { t } = useI18n();
  const { memberships, acting, choose } = useMemberships();
  if (!acting) return <>{t('session.user')}</>;
  if (memberships.length === 1) return <>{t('session.member', { organization: acting.name })}</>;
  return (
    <label className="acting-for">
      {t('session.actingFor')}{' '}
      <select
        value={acting.organizationId}
        onChange={(event) => {
          choose(event.target.value);
        }}
      >
        {memberships.map((membership) => (
          <option key={membership.organizationId} value={membership.organizationId}>
            {membership.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function SessionBox() {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  if (!session) {
    return (
      <a className="button" href={href('sign-in')}>
        {t('nav.signIn')}
      </a>
    );
  }
  return (
    <div className="session">
      <span className="muted" data-testid="session">
        {session.role.kind === 'admin' ? t('session.signedInAs', { who: t('session.admin') }) : <ActingFor />}
      </span>
      <NotificationBell />
      <button
        type="button"
        className="secondary"
        onClick={() => {
          signOut();
          navigate('chains');
        }}
      >
        {t('nav.signOut')}
      </button>
    </div>
  );
}

/** The whole console. */
export function App() {
  const { t } = useI18n();
  const { session } = useSession();
  const path = useRoute();
  const active = path[0] ?? 'chains';
  const visible = NAV.filter(
    (item) =>
      item.when === 'always' ||
      (item.when === 'signedIn' && session && session.role.kind !== 'admin') ||
      (item.when === 'admin' && session?.role.kind === 'admin'),
  );
  const screen = screenFor(path);
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <div className="brand">
          <a href={href('chains')} className="name">
            {t('app.name')}
          </a>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <div className="top-controls">
          <LanguageSwitcher />
          <SessionBox />
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {visible.map((item) => (
              <li key={item.route}>
                <a href={href(item.route)} aria-current={active === item.route ? 'page' : undefined}>
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {screen ?? <p>{t('common.notFound')}</p>}
      </main>
    </>
  );
}
