/**
 * The agenda as a downloadable iCalendar file, outside GraphQL: GET
 * /events/{eventId}/agenda.ics?organizationId=…&locale=…, served by the local
 * server (functions/local/agenda-route.ts) and in AWS by its own small Lambda
 * (functions/calendar/handler.ts) behind the same JWT authorizer as the API,
 * so ical-generator stays out of the GraphQL bundle. The caller's memberships
 * are resolved as the GraphQL context resolves them; the same access rules
 * apply (agendaOf: a member of the participant, or an administrator).
 */
import { ChainfitError, type ErrorCode } from '../core/errors.js';
import { DEFAULT_LOCALE, localeFromAcceptLanguage, LOCALES, type Locale } from '../core/vocabulary.js';
import { createAppRequest, type AppRequestFacts } from './app-request.js';
import { agendaCalendar } from './event-agenda-calendar.js';
import { agendaOf } from './event-agenda.js';
import { principalWithMemberships } from './principal-memberships.js';

/** The route's path: the event id is its one parameter. */
export const AGENDA_FILE_PATH = /^\/events\/([^/]+)\/agenda\.ics$/;

export interface AgendaFileQuery {
  eventId: string;
  /** The participant's id (`organizationId` query parameter). */
  organizationId: string | undefined;
  /** The `locale` query parameter. */
  locale: string | undefined;
  /** The Accept-Language header, used when no locale parameter is given. */
  acceptLanguage: string | undefined;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const STATUS_OF_CODE: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

function refusal(status: number, code: string, message: string): HttpAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}) },
    body: JSON.stringify({ message, code }),
  };
}

/** The `.ics` answer for one request (facts as the entry point knows them; memberships are resolved here). */
export async function agendaFileAnswer(facts: AppRequestFacts, query: AgendaFileQuery): Promise<HttpAnswer> {
  if (query.organizationId === undefined || query.organizationId === '') {
    return refusal(400, 'BAD_USER_INPUT', 'organizationId: name the participating organization whose agenda you want');
  }
  if (query.locale !== undefined && !isLocale(query.locale)) return refusal(400, 'BAD_USER_INPUT', `locale: one of ${LOCALES.join(', ')}`);
  const locale = query.locale ?? localeFromAcceptLanguage(query.acceptLanguage) ?? DEFAULT_LOCALE;
  const unresolved = createAppRequest({ ...facts, locale });
  try {
    const { principal } = await principalWithMemberships(unresolved);
    const request = { ...unresolved, principal };
    const agenda = await agendaOf(request, query.eventId, query.organizationId, locale);
    return {
      status: 200,
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${query.eventId}-agenda.ics"`,
        'cache-control': 'private, no-store',
      },
      body: agendaCalendar(agenda),
    };
  } catch (error) {
    if (error instanceof ChainfitError) return refusal(STATUS_OF_CODE[error.code], error.code, error.message);
    throw error;
  }
}
