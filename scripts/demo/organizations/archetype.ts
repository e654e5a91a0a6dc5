/**
 * The shape of one demo archetype: a kind of organization the zone plan
 * expects (a Korean IGBT maker, a Jilin ginseng lab...), from which the demo
 * factories derive several fictional organizations and, optionally, collaborations.
 */
import type { CollaborationKind } from '../../../functions/core/collaboration.js';
import type {
  OrganizationType,
  Country,
  CooperationMode,
  TechnologyMaturity,
  IpStatus,
  TrilingualText,
} from '../../../functions/core/vocabulary.js';
import type { SizeBand } from '../../../functions/core/organization.js';

export interface DemoCollaborationTemplate {
  kind: CollaborationKind;
  title: TrilingualText;
  summary: string;
  segments: string[];
  modes: CooperationMode[];
  partnerTypes: OrganizationType[];
  partnerCountries: Country[];
  maturity?: TechnologyMaturity;
  ipStatus?: IpStatus;
}

export interface DemoArchetype {
  /** Stable, part of every derived id: never rename (ids are fixed). */
  key: string;
  type: OrganizationType;
  country: Country;
  /** What it does, as the tail of its name ("Power Devices", "功率器件", "파워디바이스"). */
  field: TrilingualText;
  /** One English sentence; the factory adds the city. */
  description: string;
  offers: { segmentId: string; note?: string }[];
  seeks: string[];
  modes: CooperationMode[];
  keywords: string[];
  partnerCountries: Country[];
  partnerTypes: OrganizationType[];
  parks: string[];
  sizeBand?: SizeBand;
  technology?: { maturity?: TechnologyMaturity; ipStatus?: IpStatus };
  /** How many organizations to derive. */
  count: number;
  /** Posted by the first organizations of the archetype (one each). */
  collaborations?: DemoCollaborationTemplate[];
}
