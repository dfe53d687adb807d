import type { Family } from '../family';
import { djyTable } from './djy-table';
import { feedx } from './feedx';
import { generic } from './generic';
import { gfwbreaker } from './gfwbreaker';
import { gfwbreaker2018 } from './gfwbreaker2018';
import { minghui } from './minghui';

/** Families in the order they are tried; the generic fallback comes last and takes anything. */
export const FAMILIES: readonly Family[] = [djyTable, minghui, gfwbreaker2018, gfwbreaker, feedx, generic];
