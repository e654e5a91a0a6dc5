/**
 * Field checkers for the core's shared vocabularies and value objects, so
 * every item type checks a country, a localized text or a match profile the
 * same way. The vocabularies come from the core: one source for each list.
 */
import type { MatchProfile } from '../../core/match-profile.js';
import { VERIFICATION_STATUSES } from '../../core/organization.js';
import {
  COOPERATION_MODES,
  COUNTRIES,
  IP_STATUSES,
  ORGANIZATION_TYPES,
  TECHNOLOGY_MATURITIES,
  type LocalizedText,
} from '../../core/vocabulary.js';
import { list, oneOf, optional, shape, str, type Field } from './item-parser.js';

// The core's closed vocabularies, as field checkers.
export const country = oneOf(COUNTRIES);
export const organizationType = oneOf(ORGANIZATION_TYPES);
export const cooperationMode = oneOf(COOPERATION_MODES);
export const technologyMaturity = oneOf(TECHNOLOGY_MATURITIES);
export const ipStatus = oneOf(IP_STATUSES);
export const verification = oneOf(VERIFICATION_STATUSES);
export const strings = list(str);

/** Text in up to three languages. */
export const localizedText: Field<LocalizedText> = shape<LocalizedText>({ en: optional(str), zh: optional(str), ko: optional(str) });

/** The match profile carried by an organization's index items. */
export const matchProfile: Field<MatchProfile> = shape<MatchProfile>({
  id: str,
  type: organizationType,
  country,
  verification,
  name: localizedText,
  offers: strings,
  seeks: strings,
  cooperationModes: list(cooperationMode),
  preferences: shape<MatchProfile['preferences']>({ countries: list(country), types: list(organizationType), parks: strings }),
  technology: shape<MatchProfile['technology']>({ maturity: optional(technologyMaturity), ipStatus: optional(ipStatus) }),
  updatedAt: str,
});
