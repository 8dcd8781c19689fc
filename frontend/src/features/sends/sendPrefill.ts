import type { SendRequest } from './api/dryRunSend';

/** What another page may choose for the new-send wizard: who, which letter, how. */
export type SendPrefill = Pick<SendRequest, 'audience'> &
  Partial<Pick<SendRequest, 'templateId' | 'output' | 'selection'>> & {
    /** The chosen people's names, shown in the wizard so it says who gets the letter. */
    names?: string[];
    /** Only letter types in this language are offered (e.g. the language of a previous send). */
    language?: string;
  };

type PrefillState = { sendPrefill: SendPrefill };

/**
 * Router state that opens the wizard pre-filled: `navigate('/sends', { state })` or
 * `<Link to="/sends" state={…}>`. The wizard still runs its dry run before anything is issued.
 */
export const sendPrefillState = (sendPrefill: SendPrefill): PrefillState => ({ sendPrefill });

export function readSendPrefill(state: unknown): SendPrefill | undefined {
  if (typeof state !== 'object' || state === null || !('sendPrefill' in state)) return undefined;
  return (state as PrefillState).sendPrefill;
}

type Selection = NonNullable<SendRequest['selection']>;

/** The request's selection: chosen accounts, else the class and password filters, else all. */
export function selectionOf(className: string, chosen: Selection | null): SendRequest['selection'] {
  if (chosen?.accountIds) return { accountIds: chosen.accountIds };
  const passwordState = chosen?.filter?.passwordState;
  if (!className && !passwordState) return null;
  return { filter: { ...(className && { className }), ...(passwordState && { passwordState }) } };
}
