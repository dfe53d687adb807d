import type { Source } from './family';
import { parseLeadDateline } from './meta/date';

// Field sources more than one family declares.

/** A value a step noted before cutting the line that held it. */
export const fromNote =
  (key: string): Source<unknown> =>
  ({ notes }) =>
    notes[key];

/** The dateline in the first paragraphs of the family's cleaned copy. */
export const leadDateline: Source<unknown> = ({ body }) => parseLeadDateline(body);
