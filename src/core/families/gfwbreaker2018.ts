import type { Family } from '../family';

// Placeholder until this family's rules land: matches nothing, so pages fall through to the next family.
export const gfwbreaker2018: Family = {
  id: 'gfwbreaker2018',
  matches: () => false,
  extract: () => null,
};
