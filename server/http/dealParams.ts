/** The deal routes' path parameters. */
import { z } from 'zod';
import { DEAL_ID } from '../store/deals';

export const DealParams = z.object({ id: z.string().regex(DEAL_ID) });
export const MemberParams = DealParams.extend({ user: z.string().min(1).max(64) });
