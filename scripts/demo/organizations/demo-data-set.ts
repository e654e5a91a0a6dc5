/**
 * The demo data set: every archetype of every chain group, expanded into
 * fictional organizations, and their collaborations (two per collaboration template).
 */
import type { Collaboration } from '../../../functions/core/collaboration.js';
import { closedCollaboration } from '../../../functions/core/collaboration-draft.js';
import type { Organization } from '../../../functions/core/organization.js';
import type { DemoArchetype } from './archetype.js';
import { agricultureTcmArchetypes } from './agriculture-tcm.js';
import { cultureArchetypes, platformServiceArchetypes } from './culture-services.js';
import { demoCollaboration, demoOrganization } from './demo-organization-factory.js';
import { equipmentManufacturingArchetypes } from './equipment-manufacturing.js';
import { informationTechnologyArchetypes } from './information-technology.js';
import { medicalHealthArchetypes } from './medical-health.js';

export const DEMO_ARCHETYPES: DemoArchetype[] = [
  ...informationTechnologyArchetypes,
  ...equipmentManufacturingArchetypes,
  ...medicalHealthArchetypes,
  ...agricultureTcmArchetypes,
  ...cultureArchetypes,
  ...platformServiceArchetypes,
];

/** Collaborations per template: published by the first organizations of the archetype. */
const PUBLISHERS_PER_TEMPLATE = 2;
/** Every this-many-th collaboration is old enough to have expired; one is closed. */
const EXPIRED_EVERY = 17;
const CLOSED_COLLABORATION_ID = 'demo-col-kr-igbt-4';

export function demoOrganizations(): Organization[] {
  let serial = 0;
  return DEMO_ARCHETYPES.flatMap((archetype) =>
    Array.from({ length: archetype.count }, (_, i) => demoOrganization(archetype, i, serial++)),
  );
}

export function demoCollaborations(organizations: readonly Organization[], now: Date): Collaboration[] {
  const byId = new Map(organizations.map((org) => [org.id, org]));
  const collaborations: Collaboration[] = [];
  for (const archetype of DEMO_ARCHETYPES) {
    (archetype.collaborations ?? []).forEach((template, t) => {
      for (let p = 0; p < PUBLISHERS_PER_TEMPLATE; p++) {
        const owner = byId.get(`demo-org-${archetype.key}-${t * PUBLISHERS_PER_TEMPLATE + p + 1}`);
        if (!owner) throw new Error(`Archetype ${archetype.key} has too few organizations for its collaborations`);
        const serial = collaborations.length + 1;
        const ageDays = serial % EXPIRED_EVERY === 0 ? 400 : serial * 3;
        const collaboration = demoCollaboration(template, owner, ageDays, now);
        collaborations.push(
          collaboration.id === CLOSED_COLLABORATION_ID
            ? closedCollaboration(collaboration, new Date(collaboration.createdAt))
            : collaboration,
        );
      }
    });
  }
  return collaborations;
}
