import type { RelatedLink } from '../article';
import { closestByTag, descendantsByTag, linksIn, textNodesIn } from '../dom';
import { imageHolder } from './blocks';
import { textOf } from './clutter';

// Embedded posts (Instagram, Twitter/X, Facebook) as they reach a mirror without the platform's script.
// What the embed itself adds is chrome: the platform's prompt ("View this post on Instagram", "在 X 上查看"),
// the address of a picture the mirror does not carry ("pic.twitter.com/…"), and the placeholder image a
// mirror generator puts where the media was, with its "进入原文观看" notice. What a quoted tweet says, and
// its "— Name (@handle) date" attribution, is what the article quotes (中国数字时代's 网络民议 is made of
// them): the quote stays. An Instagram embed's caption is the poster's, not the article's: it goes whole.

// Instagram's prompt and share line mark an embed whose every line is the platform's.
const INSTAGRAM_EMBED = /View this post on Instagram|在\s{0,2}Instagram\s{0,2}查看(?:这|這)(?:则|則|个|個)(?:贴文|貼文|帖子)|A post shared by|分享的(?:贴文|貼文|帖子)|がシェアした投稿/iu;
const EMBED_TAGS = ['blockquote', 'p'];

// A tweet embed's prompt, a line or link of its own: "View on Twitter", "在 X 上查看".
const TWEET_PROMPT = /^(?:View (?:this post )?on (?:Twitter|X)|在\s{0,2}(?:X|Twitter|推特)\s{0,2}上查看(?:此(?:帖子|推文))?)$/iu;
const PROMPT_TAGS = ['a', 'p', 'div', 'span'];
// The link Twitter writes for a tweet's attached media; the media itself is not in the mirror.
const TWEET_MEDIA_LINK = /(?:https?:\/\/)?pic\.(?:twitter|x)\.com\/[A-Za-z0-9]{1,32}/g;

// A mirror generator's stand-in for embedded media it cannot carry: "(twitter视频或图片.国内建议下载翻墙软件进入原文观看)"
// under a placeholder picture. (A video's stand-in, "(视频.…进入原文观看)", is its family's: the poster stays there.)
const MEDIA_NOTICE = /^[（(][^（）()]{0,20}[视視][频頻]或[图圖]片[^（）()]{0,40}原文[观觀]看\s{0,2}[）)]$/u;
const NOTICE_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div'];

/** Take out embedded posts' chrome; a quoted tweet's words and attribution stay. */
export function removeSocialEmbeds(root: Element): void {
  const text = root.textContent ?? '';
  if (INSTAGRAM_EMBED.test(text)) removeInstagramEmbeds(root);
  if (/查看|View/i.test(text)) removeTweetPrompts(root);
  if (/pic\.(?:twitter|x)\.com/.test(text)) removeTweetMediaLinks(root);
  if (/原文[观觀]看/u.test(text)) removeMediaPlaceholders(root);
}

/** The quote that holds Instagram's prompt, or the prompt's own line where nothing holds it. */
function removeInstagramEmbeds(root: Element): void {
  for (const block of descendantsByTag(root, EMBED_TAGS)) {
    if (!root.contains(block) || !INSTAGRAM_EMBED.test(textOf(block))) continue;
    (closestByTag(block, ['blockquote']) ?? block).remove();
  }
}

/** "View on Twitter" lines and links; a quote left with nothing else goes with them. */
function removeTweetPrompts(root: Element): void {
  for (const el of descendantsByTag(root, PROMPT_TAGS)) {
    if (!root.contains(el) || !TWEET_PROMPT.test(textOf(el))) continue;
    const quote = closestByTag(el, ['blockquote']);
    el.remove();
    if (quote && root.contains(quote) && textOf(quote) === '' && descendantsByTag(quote, ['img']).length === 0) quote.remove();
  }
}

/** "pic.twitter.com/…" out of the text, linked or not (an emptied link is removed with the empty elements). */
function removeTweetMediaLinks(root: Element): void {
  for (const text of textNodesIn(root)) if (text.data.includes('pic.')) text.data = text.data.replace(TWEET_MEDIA_LINK, '');
}

/** The generator's "视频或图片…原文观看" notice and the placeholder picture just before it. */
function removeMediaPlaceholders(root: Element): void {
  for (const notice of descendantsByTag(root, NOTICE_TAGS)) {
    if (!root.contains(notice) || !MEDIA_NOTICE.test(textOf(notice))) continue;
    const before = notice.previousElementSibling;
    const placeholder = before?.localName === 'img' ? before : before && descendantsByTag(before, ['img']).at(-1);
    if (placeholder) imageHolder(placeholder, root).remove();
    notice.remove();
  }
}

// A blog's card for another of its posts (WordPress's embed, "wp-embedded-content": a quote holding the post's
// linked title, then an iframe the mirror cannot show): the title alone stands in the text, where it reads
// as a paragraph of the article. It is a related link.

/** Take out quotes that are nothing but one link (an embedded post's card); their links, as related links. */
export function takeLinkCards(root: Element): RelatedLink[] {
  const cards: RelatedLink[] = [];
  for (const quote of descendantsByTag(root, ['blockquote'])) {
    const links = linksIn(quote);
    const link = links.length === 1 ? links[0] : null;
    const title = textOf(quote);
    const url = link?.getAttribute('href') ?? '';
    if (!link || !title || textOf(link) !== title || descendantsByTag(quote, ['img']).length > 0 || !/^https?:\/\//i.test(url)) continue;
    cards.push({ title, url });
    quote.remove();
  }
  return cards;
}

// Emoji a blog or Weibo draws as pictures (WordPress's s.w.org/images/core/emoji/…, Weibo's
// appstyle/expression/…): the character or [label] in their alt is what the text says.
const EMOJI_IMAGE_PATH = /\/images\/core\/emoji\/|\/appstyle\/expression\//;
const MAX_EMOJI_ALT_CHARS = 8;

/** Emoji pictures become their alt text: they are words of the sentence, not images of the article. */
export function replaceEmojiImages(root: Element): void {
  for (const img of descendantsByTag(root, ['img'])) {
    const alt = (img.getAttribute('alt') ?? '').trim();
    const src = `${img.getAttribute('src') ?? ''} ${img.getAttribute('data-canonical-src') ?? ''}`;
    if (alt && alt.length <= MAX_EMOJI_ALT_CHARS && EMOJI_IMAGE_PATH.test(src)) img.replaceWith(alt);
  }
}
