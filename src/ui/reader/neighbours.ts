// Previous / next in the saved list (newest first), found by paging through summaries only.
import { library } from '../shared/library';

const PAGE = 200;
/** Stop looking after this many pages: a very old article simply gets no neighbours. */
const MAX_PAGES = 25;

export async function neighbours(id: string): Promise<{ previous: string | null; next: string | null }> {
  const lib = await library();
  let cursor: string | null = null;
  let before: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items, cursor: nextCursor } = await lib.list({ limit: PAGE, cursor });
    const index = items.findIndex((item) => item.id === id);
    if (index >= 0) {
      const after = items[index + 1]?.id ?? (nextCursor ? ((await lib.list({ limit: 1, cursor: nextCursor })).items[0]?.id ?? null) : null);
      return { previous: items[index - 1]?.id ?? before, next: after };
    }
    before = items.at(-1)?.id ?? before;
    if (!nextCursor) break;
    cursor = nextCursor;
  }
  return { previous: null, next: null };
}
