/**
 * React bindings of the client: the configuration in context, a query hook
 * that reloads when its variables change, and a mutation hook.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { TypedDocumentString } from '../generated/graphql.js';
import { useSession } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { ApiError, execute } from './client.js';
import type { ConsoleConfig } from './config.js';

const ConfigContext = createContext<ConsoleConfig | null>(null);

/** Provides the runtime configuration. */
export function ConfigProvider({ config, children }: { config: ConsoleConfig; children: ReactNode }) {
  return <ConfigContext.Provider value={config}>{children}</ConfigContext.Provider>;
}

/** The runtime configuration. */
export function useConfig(): ConsoleConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig outside ConfigProvider');
  return config;
}

/** Runs any operation as the current session, in the UI language. */
export function useApi(): <R, V>(document: TypedDocumentString<R, V>, variables: V) => Promise<R> {
  const config = useConfig();
  const { session } = useSession();
  const { locale } = useI18n();
  const token = session?.token;
  return useCallback(
    <R, V>(document: TypedDocumentString<R, V>, variables: V) =>
      execute({ url: token ? config.graphqlPath : config.publicGraphqlPath, token, locale }, document, variables),
    [config, token, locale],
  );
}

/** State of a query. */
export interface QueryState<R> {
  data: R | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Runs a query, again whenever variables (compared as JSON), session or language change; `null` variables skip it. */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V | null): QueryState<R> {
  const api = useApi();
  const [state, setState] = useState<{ data?: R; error?: ApiError; loading: boolean }>({ loading: variables !== null });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (variables === null) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    api(document, variables).then(
      (data) => {
        if (current) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (current) setState({ error: toApiError(error), loading: false });
      },
    );
    // A newer request supersedes this one: drop its late answer.
    return () => {
      current = false;
    };
  }, [api, document, key, generation]);
  const reload = useCallback(() => {
    setGeneration((n) => n + 1);
  }, []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** State and trigger of a mutation. */
export interface MutationState<R, V> {
  run: (variables: V) => Promise<R | undefined>;
  data: R | undefined;
  error: ApiError | undefined;
  pending: boolean;
}

/** A mutation: `run` resolves with the data, or undefined after setting `error`. */
export function useMutation<R, V>(document: TypedDocumentString<R, V>): MutationState<R, V> {
  const api = useApi();
  const [state, setState] = useState<{ data?: R; error?: ApiError; pending: boolean }>({ pending: false });
  const run = useCallback(
    async (variables: V) => {
      setState({ pending: true });
      try {
        const data = await api(document, variables);
        setState({ data, pending: false });
        return data;
      } catch (error) {
        setState({ error: toApiError(error), pending: false });
        return undefined;
      }
    },
    [api, document],
  );
  return { run, data: state.data, error: state.error, pending: state.pending };
}

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR');
}
