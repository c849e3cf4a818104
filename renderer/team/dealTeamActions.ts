import type { LikelihoodModelSetting } from '../../shared/document';
import { publishDeal, setDealTeam, type MyTeam } from './teamApi';
import { teamModelOf, teamOfChoice } from './teamChoice';
import type { TeamStore } from './teamStore';

/**
 * The deal's team as the Share dialog changes it: publishing the deal into the chosen team (or
 * none), or moving a shared deal to another; each runs through `run` and refreshes the shared deals.
 */
export function dealTeamActions(
  team: TeamStore,
  deal: { readonly id: string; readonly name: string },
  run: (work: () => Promise<void>) => Promise<void>,
  onTeamModel?: (setting: LikelihoodModelSetting) => void,
): { publish: (choice: string, teams: readonly MyTeam[]) => Promise<void>; moveTo: (choice: string) => void } {
  return {
    publish: (choice, teams) =>
      run(async () => {
        const chosen = teamOfChoice(choice);
        await publishDeal(team.session, { id: deal.id, name: deal.name, team: chosen });
        // The team's model travels with the team's deals: a deal published now takes it as its
        // owner's edit, before it is linked (which connects it), so its first document reaching
        // the server holds it already and the server, which gives the team's model to a deal at
        // its first document, finds nothing to change: one trail entry, not two.
        const setting = teamModelOf(teams, chosen);
        if (setting) onTeamModel?.(setting);
        team.link({ id: deal.id, name: deal.name, role: 'owner' });
        await team.refresh();
      }),
    moveTo: (choice) =>
      void run(async () => {
        await setDealTeam(team.session, deal.id, teamOfChoice(choice));
        await team.refresh();
      }),
  };
}
