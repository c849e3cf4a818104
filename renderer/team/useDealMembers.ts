import { useEffect, useState } from 'react';
import type { TeamSession } from './session';
import { listMembers, removeMember, setMember, type DealMember, type MemberRole } from './teamApi';

/**
 * A shared deal's members as its owner manages them: listed once the user is known to be the
 * owner (null until then), and each change made through `run`, so the dialog waits on it and
 * shows what failed. The list shown is always the server's answer.
 */
export function useDealMembers(
  session: TeamSession,
  dealId: string,
  isOwner: boolean,
  run: (work: () => Promise<void>) => Promise<void>,
): {
  members: readonly DealMember[] | null;
  setRole: (name: string, role: MemberRole) => void;
  remove: (name: string) => void;
  /** Invites `name` as `role`, then calls `done`. */
  invite: (name: string, role: MemberRole, done: () => void) => void;
} {
  const [members, setMembers] = useState<readonly DealMember[] | null>(null);
  useEffect(() => {
    if (!isOwner) return;
    void run(async () => setMembers(await listMembers(session, dealId)));
  }, [isOwner, dealId, run, session]);
  return {
    members,
    setRole: (name, role) => void run(async () => setMembers(await setMember(session, dealId, name, role))),
    remove: (name) =>
      void run(async () => {
        await removeMember(session, dealId, name);
        setMembers(await listMembers(session, dealId));
      }),
    invite: (name, role, done) =>
      void run(async () => {
        setMembers(await setMember(session, dealId, name, role));
        done();
      }),
  };
}
