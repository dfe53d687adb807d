import type { Family } from '../family';

// Placeholder until this family's rules land: matches nothing, so pages fall through to the next family.
export const minghui: Family = {
  id: 'minghui',
  matches: () => false,
  extract: () => null,
};
