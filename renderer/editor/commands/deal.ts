/** Edits of the deal and of our team. */
import { DealSchema, type Deal, type TeamMember } from '../../../shared/document';
import type { Edit } from '../edit';

/** The named fields of the deal, id excluded. */
export type DealPatch = Partial<Pick<Deal, Exclude<keyof typeof DealSchema.shape, 'id'>>>;

export function updateDeal(patch: DealPatch): Edit {
  return (doc) => {
    const next = { ...doc.deal, ...patch };
    const same = (Object.keys(patch) as (keyof DealPatch)[]).every((k) => Object.is(doc.deal[k], next[k]));
    return same ? doc : { ...doc, deal: next };
  };
}

export function addTeamMember(member: TeamMember): Edit {
  return (doc) => ({ ...doc, team: [...doc.team, member] });
}

export function updateTeamMember(id: string, patch: Partial<Omit<TeamMember, 'id'>>): Edit {
  return (doc) => ({ ...doc, team: doc.team.map((m) => (m.id === id ? { ...m, ...patch } : m)) });
}

/** Removes a member of our team; the people they owned are left without an owner. */
export function removeTeamMember(id: string): Edit {
  return (doc) => ({
    ...doc,
    team: doc.team.filter((m) => m.id !== id),
    stakeholders: doc.stakeholders.map((p) => (p.ownerId === id ? { ...p, ownerId: null } : p)),
  });
}
