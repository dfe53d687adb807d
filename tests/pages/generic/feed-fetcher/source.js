// A generator script as a mirror repository holds it (tests/pages is neither linted nor run).
// Fetches the configured feeds and writes one Markdown post per new item.
const fs = require('fs');
const path = require('path');

const FEEDS = {
  voa: 'https://example.org/voa/feed.xml',
  dw: 'https://example.org/dw/feed.xml',
};

function slugOf(title) {
  return title.replace(/[\\/:*?"<>|]/g, '-').slice(0, 50);
}

async function writePost(site, item) {
  const date = new Date(item.pubDate);
  const file = path.join('_posts', `${date.toISOString().slice(0, 10)}-${slugOf(item.title)}.md`);
  if (fs.existsSync(file)) return false;
  const header = ['---', 'layout: post', `title: "${item.title}"`, `date: ${date.toISOString()}`, `source: ${site}`, '---'];
  fs.writeFileSync(file, `${header.join('\n')}\n\n${item.content}\n`);
  return true;
}

async function main() {
  for (const [site, url] of Object.entries(FEEDS)) {
    const items = await fetchItems(url);
    for (const item of items) await writePost(site, item);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
