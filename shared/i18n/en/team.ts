/**
 * Wording of the team side of the app (English): signing in to a team server, the shared
 * deals in the library with their sync state, the Share dialog, and the read-only banner.
 */
export const team = {
  // Signing in
  'team.signIn.title': 'Sign in to a team server',
  'team.signIn.intro':
    'Your team’s Powermap server shares deals with your teammates. Ask your administrator for its address and your account.',
  'team.signIn.server': 'Server address',
  'team.signIn.serverPlaceholder': 'https://powermap.example.internal',
  'team.signIn.name': 'User name',
  'team.signIn.password': 'Password',
  'team.signIn.submit': 'Sign in',
  'team.signIn.busy': 'Signing in…',
  'team.signIn.cancel': 'Cancel',
  'team.signIn.button': 'Sign in to a server…',
  'team.signIn.reloadNeeded':
    'Powermap must reload once to reach this new server. Your work is already saved. After the reload, choose Sign in to a server… again and press Sign in.',
  'team.signIn.reload': 'Reload now',
  'team.signedIn': 'Signed in as {name} on {server}',
  'team.signOut': 'Sign out',

  // Errors
  'team.error.badUrl': 'That is not a server address. Type it as https://host or host:port.',
  'team.error.unreachable': 'The server could not be reached. Check the address and your network, then try again.',
  'team.error.badCredentials': 'The user name or the password is wrong.',
  'team.error.rateLimited': 'Too many attempts. Try again in {minutes} minutes.',
  'team.error.signedOut': 'Your sign-in has ended. Please sign in again.',
  'team.error.notOwner': 'Only the owner of this deal can change its members.',
  'team.error.userNotFound': 'There is no user with that name on the server.',
  'team.error.dealExists': 'This deal is already on the server.',
  'team.error.dealNotFound': 'The server has no deal of that id that you may see.',
  'team.error.cancelled': 'Cancelled.',
  'team.error.notTeamMember': 'You are not a member of that team on the server.',
  'team.error.notTeamLead': 'Only a lead of the team can change the team’s model.',
  'team.error.teamNotFound': 'The server has no team of yours by that name.',
  'team.error.server': 'The server answered with an error: {message}',

  // The library's shared deals
  'team.library.title': 'Shared with the team',
  'team.library.signedOut':
    'Sign in to your team’s Powermap server to see the deals shared with you and to share yours.',
  'team.library.empty': 'No deal is shared with you yet. Open one of your deals and choose Share deal….',
  'team.library.loading': 'Loading the shared deals…',
  'team.library.column.owner': 'Owner',
  'team.library.column.role': 'Your role',
  'team.library.column.sync': 'Sync',
  'team.library.open': 'Open shared deal {name}',
  'team.library.downloading': 'Fetching “{name}” from the server…',
  'team.library.refused': '“{name}”: you are no longer a member of this deal. Its copy on this device was removed.',
  'team.library.dismiss': 'Dismiss',
  'team.role.owner': 'Owner',
  'team.role.editor': 'Editor',
  'team.role.viewer': 'Viewer',
  'team.role.lead': 'Team lead (reads)',

  // Sync states
  'team.sync.synced': 'Synced',
  'team.sync.connecting': 'Connecting…',
  'team.sync.waiting': '{count} changes waiting',
  'team.sync.offline': 'Offline, {count} changes waiting',
  'team.sync.refused': 'Removed from this deal',
  'team.sync.notHere': 'Not on this device yet',

  // Sharing
  'team.share.title': 'Share “{name}”',
  'team.share.signInFirst': 'Sign in to a team server first, then share the deal with your teammates.',
  'team.share.publishIntro':
    'Publishing puts this deal on {server}. You become its owner; the teammates you invite see it in their library.',
  'team.share.publish': 'Publish to the server',
  'team.share.publishing': 'Publishing…',
  'team.share.members': 'Members',
  'team.share.invite': 'Invite a teammate',
  'team.share.inviteName': 'User name',
  'team.share.inviteRole': 'Role',
  'team.share.inviteSubmit': 'Invite',
  'team.share.remove': 'Remove',
  'team.share.removeNamed': 'Remove {name}',
  'team.share.roleOf': 'Role of {name}',
  'team.share.notOwner': 'Your role on this deal is {role}. Only its owner, {owner}, manages the members.',
  'team.share.close': 'Close',
  'team.share.team': 'Team',
  'team.share.noTeam': 'No team',
  'team.share.teamNote': 'The leads of the team can read this deal and see it in the team’s pipeline.',
  'team.share.noTeams': 'You are in no team on this server, so the deal goes into none.',

  // In a shared deal
  'team.readOnly': 'Read only: your role on this deal is {role}. You can follow it but not change it.',
  'team.refusedNow': 'You are no longer a member of “{name}”. Its copy on this device has been removed.',

  // The team's answers (pipeline, review), as of when, and offline
  'team.answer.live': 'With the team’s deals from the server, as of {time}.',
  'team.answer.offline': 'Team deals as of {time}, offline: the server cannot be reached.',
  'team.answer.offlineNone': 'Offline: the team’s deals have not been fetched on this device yet.',
};
