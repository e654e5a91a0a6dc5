import { describe, expect, it } from 'vitest';
import { notificationTarget } from '../../../web/src/screens/notifications/notification-target.js';

describe('where opening a notification leads', () => {
  it('goes to the match of a match notification', () => {
    expect(notificationTarget({ matchId: 'm-1', eventId: null, collaborationId: null })).toBe('#/matches/m-1');
  });

  it("goes to the event's page for a meeting notification", () => {
    expect(notificationTarget({ matchId: null, eventId: 'expo-2027', collaborationId: null })).toBe('#/events/expo-2027');
  });

  it("goes to the collaborations, else the organization's profile", () => {
    expect(notificationTarget({ matchId: null, eventId: null, collaborationId: 'c-1' })).toBe('#/collaborations');
    expect(notificationTarget({ matchId: null, eventId: null, collaborationId: null })).toBe('#/organization');
  });
});
