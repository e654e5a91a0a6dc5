/**
 * The signed-in session: the bearer token and whether it is an administrator's.
 * Kept in sessionStorage so a reload keeps you signed in but closing the tab
 * does not. The organizations a person acts for come from the API (memberships.tsx).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { decodeJwtPayload, roleFromClaims, type SessionRole } from './claims.js';

/** Where the token is kept (also written by the Cognito callback in main.tsx). */
export const TOKEN_STORAGE_KEY = 'chainfit.token';
/** Where the organization a person acts for is kept (auth/memberships.tsx); forgotten on sign-out. */
export const ACTING_FOR_STORAGE_KEY = 'chainfit.actingFor';

/** A signed-in session. */
export interface Session {
  token: string;
  role: SessionRole;
}

interface SessionState {
  session: Session | null;
  signIn: (token: string) => void;
  signOut: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

function sessionOf(token: string | null): Session | null {
  if (!token) return null;
  try {
    const claims = decodeJwtPayload(token);
    // An expired token would only earn 401s: start signed out instead.
    if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return null;
    return { token, role: roleFromClaims(claims) };
  } catch {
    return null;
  }
}

/** Provides the session to the tree. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => sessionOf(sessionStorage.getItem(TOKEN_STORAGE_KEY)));
  const signIn = useCallback((token: string) => {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    setSession(sessionOf(token));
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(TOKEN_STORAGE_KEY);
    sessionStorage.removeItem(ACTING_FOR_STORAGE_KEY);
    setSession(null);
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session and the means to change it. */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
