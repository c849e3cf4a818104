/**
 * Admitting and forgetting team servers over IPC: the renderer names a server, the main
 * process normalises it to an origin (teamOrigin.ts) and keeps the list pages' CSP reads.
 */
import {
  AdmitTeamServerRequest,
  AdmitTeamServerResult,
  CHANNELS,
  ForgetTeamServerResult,
} from '../shared/ipc/contract';
import type { HandlerContext, IpcHandlers } from './ipcContext';
import { IpcRefusedError, parsePayload } from './ipcSender';
import { teamServerOrigin } from './teamOrigin';

export function teamServerHandlers<W>(
  ctx: HandlerContext<W>,
): Pick<IpcHandlers, 'admitTeamServer' | 'forgetTeamServer'> {
  const { deps } = ctx;
  return {
    async admitTeamServer(event, payload) {
      ctx.trustedWindow(event);
      const request = parsePayload(AdmitTeamServerRequest, payload, CHANNELS.admitTeamServer);
      const checked = teamServerOrigin(request.server);
      if (!checked.ok) return AdmitTeamServerResult.parse({ ok: false, reason: checked.reason });
      if (!deps.admitOrigin) throw new IpcRefusedError('IPC refused: this app connects to no team server');
      const reloadNeeded = await deps.admitOrigin(checked.origin);
      return AdmitTeamServerResult.parse({ ok: true, origin: checked.origin, reloadNeeded });
    },

    async forgetTeamServer(event, payload) {
      ctx.trustedWindow(event);
      const request = parsePayload(AdmitTeamServerRequest, payload, CHANNELS.forgetTeamServer);
      const checked = teamServerOrigin(request.server);
      const forgotten = checked.ok && deps.forgetOrigin ? await deps.forgetOrigin(checked.origin) : false;
      return ForgetTeamServerResult.parse({ forgotten });
    },
  };
}
