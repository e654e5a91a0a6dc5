/**
 * The organizations the signed-in person acts for, as the API knows them
 * (`me { memberships }`): no token claim names them, in AWS or locally. A
 * member of several organizations picks one (the header's switcher); the
 * choice is kept in sessionStorage beside the token, and falls back to the
 * first membership when it is no longer one (left, removed, suspended).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../generated/gql.js';
import type { MeQuery as MeResult } from '../generated/graphql.js';
import { useQuery } from '../api/hooks.js';
import type { ApiError } from '../api/client.js';
import { ACTING_FOR_STORAGE_KEY, useSession } from './session.js';

const MeQuery = graphql(`
  query Me {
    me {
      subject
      email
      memberships {
        role
        organization {
          id
          name {
            text
          }
        }
      }
      invitations {
        id
        role
        email
        expiresAt
        organization {
          id
          name {
            text
          }
        }
      }
    }
  }
`);

type Me = MeResult['me'];
/** One organization the person acts for (memberships whose organization is hidden or gone are left out). */
export interface ActingMembership {
  organizationId: string;
  name: string;
  role: Me['memberships'][number]['role'];
}

interface MembershipState {
  /** The signed-in person as the API sees them; undefined while loading, signed out, or for administrators. */
  me: Me | undefined;
  memberships: ActingMembership[];
  /** The organization the person acts for now, if any. */
  acting: ActingMembership | undefined;
  loading: boolean;
  error: ApiError | undefined;
  /** Acts for another of the person's organizations. */
  choose: (organizationId: string) => void;
  /** Reads `me` again (after registering, joining or leaving), then acts for `organizationId` if given. */
  reload: (organizationId?: string) => void;
}

const MembershipContext = createContext<MembershipState | null>(null);

/** The memberships of `me` whose organization the caller may see. */
export function actingMembershipsOf(me: Me | undefined): ActingMembership[] {
  return (me?.memberships ?? []).flatMap(({ role, organization }) =>
    organization ? [{ organizationId: organization.id, name: organization.name.text, role }] : [],
  );
}

/** Provides the memberships of the signed-in person (none for administrators, who act for the zone). */
export function MembershipProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const person = session?.role.kind === 'person';
  const loaded = useQuery(MeQuery, person ? {} : null);
  const [chosen, setChosen] = useState<string | null>(() => sessionStorage.getItem(ACTING_FOR_STORAGE_KEY));
  const choose = useCallback((organizationId: string) => {
    sessionStorage.setItem(ACTING_FOR_STORAGE_KEY, organizationId);
    setChosen(organizationId);
  }, []);
  const { reload: reloadMe } = loaded;
  const reload = useCallback(
    (organizationId?: string) => {
      if (organizationId) choose(organizationId);
      reloadMe();
    },
    [choose, reloadMe],
  );
  const me = person ? loaded.data?.me : undefined;
  const value = useMemo<MembershipState>(() => {
    const memberships = actingMembershipsOf(me);
    const acting = memberships.find((membership) => membership.organizationId === chosen) ?? memberships[0];
    return { me, memberships, acting, loading: person && loaded.loading, error: loaded.error, choose, reload };
  }, [me, chosen, person, loaded.loading, loaded.error, choose, reload]);
  return <MembershipContext.Provider value={value}>{children}</MembershipContext.Provider>;
}

/** The signed-in person's memberships and the organization they act for. */
export function useMemberships(): MembershipState {
  const state = useContext(MembershipContext);
  if (!state) throw new Error('useMemberships outside MembershipProvider');
  return state;
}

/** The id of the organization the person acts for, if any. */
export function useActingOrganizationId(): string | undefined {
  return useMemberships().acting?.organizationId;
}
