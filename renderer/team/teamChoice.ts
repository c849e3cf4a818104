/**
 * The Share dialog's choice of team (issue 11: a team lead reads every deal of the team): what
 * it offers and what it picks first. Pure, so the rule is tested without a browser.
 */
import { LikelihoodModelSchema, type LikelihoodModelSetting } from '../../shared/document';
import type { MyTeam } from './teamApi';

/** The select's value for "No team" (a team's name is never empty). */
export const NO_TEAM = '';

export interface TeamOption {
  /** The team's name, or NO_TEAM. */
  readonly value: string;
  /** The team's name; null for "No team", which the dialog words in the user's language. */
  readonly name: string | null;
}

/** Before publishing: the user's only team when there is exactly one; otherwise no team until one is chosen. */
export function defaultTeam(teams: readonly MyTeam[]): string {
  return teams.length === 1 ? teams[0]!.name : NO_TEAM;
}

/**
 * "No team", then the user's teams by name. A deal already in a team the user has since left
 * keeps that team on the list, so the select shows what the deal is in.
 */
export function teamOptions(teams: readonly MyTeam[], current: string | null = null): TeamOption[] {
  const names = teams.map((team) => team.name);
  if (current !== null && !names.some((name) => name.toLowerCase() === current.toLowerCase())) names.push(current);
  names.sort((a, b) => a.localeCompare(b));
  return [{ value: NO_TEAM, name: null }, ...names.map((name) => ({ value: name, name }))];
}

/** The select's value as the API's team: a name, or null for none. */
export const teamOfChoice = (value: string): string | null => (value === NO_TEAM ? null : value);

/**
 * The likelihood model of the team named `name` (null: none, or the standard model). The
 * server's answer is read through the document's schema: a setting that is not one counts as
 * the standard model rather than reaching the deal.
 */
export function teamModelOf(teams: readonly MyTeam[], name: string | null): LikelihoodModelSetting | null {
  if (name === null) return null;
  const team = teams.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  if (!team || team.likelihoodModel === null) return null;
  const read = LikelihoodModelSchema.safeParse(team.likelihoodModel);
  return read.success ? read.data : null;
}
