import type { PersonPatch } from '../../editor/commands/people';

/** Applies one field's change to the person shown; `field` names the field, for undo's merging. */
export type SetPersonField = (field: string, patch: PersonPatch) => void;

/** A text field's value shown as it is. */
export const asText = (value: string) => value;
