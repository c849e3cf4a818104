/** The roles of the team server, and what each may do with a deal. */

export const DEAL_ROLES = ['owner', 'editor', 'viewer'] as const;
export type DealRole = (typeof DEAL_ROLES)[number];

export const TEAM_ROLES = ['member', 'lead'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** What a user gets on a deal: a membership, or read access as the lead of the deal's team. */
export type DealAccess = DealRole | 'lead';

export const canWrite = (access: DealAccess): boolean => access === 'owner' || access === 'editor';
